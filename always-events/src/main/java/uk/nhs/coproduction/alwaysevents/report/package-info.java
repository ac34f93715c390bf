/**
 * The project summary report of an Always Events&reg; project: its phase, progress score, what
 * is blocking the next step and why, and its reliability with the run chart from the
 * measurement package, annotated with PDSA cycle markers. Always Events is a registered
 * trademark of the Institute for Healthcare Improvement.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.report;

import org.jspecify.annotations.NullMarked;
