package uk.nhs.coproduction.app.web.goals;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.app.web.reliability.ChartView;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The model of the national goals page ({@code goals/goals.jte}).
 *
 * @param page the layout's page
 * @param errors the upload's errors, shown in the summary and next to the file field
 * @param period the reporting period's code, month or quarter
 * @param first the first goal
 * @param second the second goal
 */
public record GoalsPage(Page page, FormErrors errors, String period, First first, Second second) {

    /**
     * The first goal: projects co-produced from the very start.
     *
     * @param name the measure's name
     * @param definition the operational definition, in words
     * @param source where the definition comes from
     * @param from which facts the figures come from
     * @param whyThisChart why this chart
     * @param chart the chart with its table, or null when no project has started
     * @param projects one row per project: id, title, started, lived experience from the start, first
     *     shared decision, counted since
     */
    public record First(String name, String definition, String source, String from, String whyThisChart,
            @Nullable ChartView chart, List<List<String>> projects) {
    }

    /**
     * The second goal: the NHS Staff Survey question.
     *
     * @param wording the question's wording
     * @param measure what the figures are
     * @param source where the wording comes from
     * @param from which file the results come from and when it was imported, or what to do when none was
     * @param whyThisChart why this chart
     * @param charts one chart per organisation (with its table)
     * @param notCharted why an organisation's results could not be charted, one sentence each
     * @param results one row per result: organisation, year, percentage, agreeing, responding
     */
    public record Second(String wording, String measure, String source, String from, String whyThisChart,
            List<ChartView> charts, List<String> notCharted, List<List<String>> results) {
    }
}
