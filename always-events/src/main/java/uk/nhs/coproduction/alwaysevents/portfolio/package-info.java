/**
 * The portfolio of an organisation's Always Events&reg; projects: one summary table with every
 * project's phase, progress score, ladder rung and the latest variation and assurance icons of
 * each of its measures (the "summary table" of NHS England's Making Data Count), filtered by area
 * of focus and phase, and exported as CSV. It reads each project's reliability the way the project
 * summary in {@code report} does. Always Events is a registered trademark of the Institute for
 * Healthcare Improvement.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.portfolio;

import org.jspecify.annotations.NullMarked;
