/**
 * Always Events&reg; (a registered trademark of the Institute for Healthcare Improvement).
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents;

import org.jspecify.annotations.NullMarked;
