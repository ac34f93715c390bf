/**
 * A co-production initiative as a {@link uk.nhs.coproduction.model.partnership.Partnership}: its
 * members (with the stage each joined, involvement level and reciprocity), the log of what
 * matters to people (the starting point), the log of decisions with who took part in each, and
 * the improvement practices the initiative uses.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.model.partnership;

import org.jspecify.annotations.NullMarked;
