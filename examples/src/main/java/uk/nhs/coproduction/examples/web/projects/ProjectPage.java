package uk.nhs.coproduction.examples.web.projects;

import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.examples.web.site.FormErrors;
import uk.nhs.coproduction.examples.web.site.Page;

/**
 * The model of a project's page ({@code projects/project.jte}).
 *
 * @param page the layout's page
 * @param project the project, in words
 * @param errors what was wrong with the last form sent (a measurement, a step refused or a
 *     conflict), shown in the summary and next to the field or step it concerns
 * @param notice what was just done, such as "Recorded 2017-06: 21 of 24", or null
 * @param measurement the measurement form's values: empty, or as sent when they were refused
 */
public record ProjectPage(Page page, ProjectView project, FormErrors errors, @Nullable String notice,
        MeasurementForm measurement) {

    /**
     * What the measurement form shows.
     *
     * @param period the period entered
     * @param numerator for how many people it happened, as entered
     * @param denominator how many people were eligible, as entered
     */
    public record MeasurementForm(String period, String numerator, String denominator) {

        /** An empty form. */
        public static final MeasurementForm EMPTY = new MeasurementForm("", "", "");
    }
}
