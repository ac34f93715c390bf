package uk.nhs.coproduction.app.web.projects;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The model of a project's page ({@code projects/project.jte}).
 *
 * @param page the layout's page
 * @param project the project, in words
 * @param errors what was wrong with the last form sent (a measurement, a step refused or a
 *     conflict), shown in the summary and next to the field or step it concerns
 * @param notice what was just done, such as "Recorded 2017-06: 21 of 24", or null
 * @param measurement the measurement form's values: empty, or as sent when they were refused
 * @param phaseForms the forms for the work of the project's phase, offered now
 * @param anyTimeForms the forms offered now for records that can be made at any time
 * @param otherPhaseForms the forms offered now that belong to other phases' work (or to this
 *     phase's, while the project is not active)
 */
public record ProjectPage(Page page, ProjectView project, FormErrors errors, @Nullable String notice,
        MeasurementForm measurement, List<CommandFormView> phaseForms, List<CommandFormView> anyTimeForms,
        List<CommandFormView> otherPhaseForms) {

    /** Copies the lists. */
    public ProjectPage {
        phaseForms = List.copyOf(phaseForms);
        anyTimeForms = List.copyOf(anyTimeForms);
        otherPhaseForms = List.copyOf(otherPhaseForms);
    }

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
