package uk.nhs.coproduction.app.web.healthcheck;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The model of the health-check report page ({@code healthcheck/report.jte}).
 *
 * @param page the layout's page
 * @param partnershipTitle the title of the partnership checked
 * @param rung the ladder rung its facts support, in words
 * @param rungPosition the rung's position, 1 (lowest) to 7
 * @param grouping doing to, for or with
 * @param rungReason why
 * @param nextRung what would reach the next rung, or null at the top
 * @param region where it sits across experience of care, QI and co-production
 * @param regionMeaning what that means
 * @param circles each circle, inside or not, and why
 * @param counts the counts of findings by severity
 * @param actions findings that need action, most serious first
 * @param strengths findings that are strengths
 * @param basedOn the framework editions used
 */
public record HealthCheckResult(Page page, String partnershipTitle, String rung, int rungPosition, String grouping,
        String rungReason, @Nullable String nextRung, String region, String regionMeaning, List<CircleView> circles,
        String counts, List<FindingView> actions, List<FindingView> strengths, List<String> basedOn) {

    /**
     * One circle of the alignment model.
     *
     * @param name its name
     * @param inside whether the partnership is inside it
     * @param reason why
     */
    public record CircleView(String name, boolean inside, String reason) {
    }

    /**
     * One finding.
     *
     * @param severity its severity in words (shown as text, never by colour alone)
     * @param severityCode its severity's code, for the tag's style
     * @param title the rule
     * @param explanation what was found and why it matters
     * @param evidence the facts looked at
     * @param looksFor the marks, values, steps and principles the rule looks for, or ""
     */
    public record FindingView(String severity, String severityCode, String title, String explanation,
            List<String> evidence, String looksFor) {
    }
}
