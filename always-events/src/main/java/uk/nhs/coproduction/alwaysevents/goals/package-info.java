/**
 * The seed's two national goals for co-production as tracked measures. {@code
 * CoProductionFromTheStart} charts, period by period, the share of an organisation's Always
 * Events&reg; projects that had people with lived experience in the co-design team from the very
 * start and shared a design decision with them, read from each project's own facts under an
 * operational definition that is versioned data ({@code CoProductionDefinition}). {@code
 * StaffSurveyResults} reads a CSV file of an organisation's yearly NHS Staff Survey results for the
 * question on patient and service user feedback being used to make informed decisions ({@code
 * StaffSurveyQuestion}, also versioned data) and charts them. Both give a {@code Series} and a
 * chart analysis from {@code measurement}. Always Events is a registered trademark of the
 * Institute for Healthcare Improvement.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.goals;

import org.jspecify.annotations.NullMarked;
