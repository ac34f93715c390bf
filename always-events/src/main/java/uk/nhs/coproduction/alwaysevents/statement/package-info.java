/**
 * The Always Event&reg; itself: the {@link uk.nhs.coproduction.alwaysevents.statement.VisionStatement}
 * in the patient's own words, the SMART
 * {@link uk.nhs.coproduction.alwaysevents.statement.AimStatement}, and the four
 * {@link uk.nhs.coproduction.alwaysevents.statement.Criterion criteria} an Always Event must meet,
 * each assessed with evidence. The criteria's wording is versioned data
 * ({@link uk.nhs.coproduction.alwaysevents.statement.CriteriaEdition}).
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.statement;

import org.jspecify.annotations.NullMarked;
