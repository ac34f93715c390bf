/**
 * Alignment of an initiative across the three circles of experience of care, quality
 * improvement and co-production, classified from its facts.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.model.alignment;

import org.jspecify.annotations.NullMarked;
