package uk.nhs.coproduction.app.web.healthcheck;

import java.util.List;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The model of the health-check form ({@code healthcheck/form.jte}), empty or with the errors of
 * what was sent.
 *
 * @param page the layout's page
 * @param errors the errors, shown in the summary and next to their field
 * @param text the document pasted, kept so it can be corrected
 * @param lines the pasted document's numbered lines around each problem, to find them quickly
 */
public record HealthCheckForm(Page page, FormErrors errors, String text, List<Excerpt> lines) {

    /**
     * A line of the pasted document shown beside the errors.
     *
     * @param number the line number, from 1
     * @param text the line
     * @param flagged whether a problem is on this line
     */
    public record Excerpt(int number, String text, boolean flagged) {
    }
}
