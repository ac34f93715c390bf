package uk.nhs.coproduction.app.check;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.coproduction.model.alignment.Alignment;
import uk.nhs.coproduction.model.alignment.CircleAssessment;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.framework.LadderOfParticipation;
import uk.nhs.coproduction.model.healthcheck.Evidence;
import uk.nhs.coproduction.model.healthcheck.Finding;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.healthcheck.LadderAssessment;
import uk.nhs.coproduction.model.healthcheck.Severity;

/**
 * A health-check report as text for people: the ladder rung and why, where the initiative sits
 * across experience of care, quality improvement and co-production, then the findings that need
 * action (most serious first) and the strengths. The framework words come from the editions in
 * use. The report holds no personal data, so neither does this text.
 */
final class ReportText {

    private final Frameworks frameworks;
    private final ReportWording wording;

    ReportText(Frameworks frameworks) {
        this.frameworks = frameworks;
        this.wording = new ReportWording(frameworks);
    }

    String render(HealthCheckReport report, Alignment alignment) {
        StringBuilder out = new StringBuilder();
        out.append("Health check: ").append(report.partnershipTitle()).append('\n');
        out.append(ladder(report.ladder()));
        out.append(alignment(alignment));
        out.append('\n').append(ReportWording.counts(report)).append('\n');
        List<Finding> ordered = new ArrayList<>(report.actions());
        ordered.addAll(report.findings(Severity.STRENGTH));
        for (Finding finding : ordered) {
            out.append('\n').append(finding(finding));
        }
        out.append('\n').append(Text.wrap("Based on: ", "          ",
                String.join("; ", ReportWording.basedOn(report)) + "."));
        return out.toString();
    }

    private String ladder(LadderAssessment assessment) {
        LadderOfParticipation ladder = frameworks.ladder();
        StringBuilder out = new StringBuilder();
        out.append("Ladder of participation: ").append(ladder.nameOf(assessment.rung()))
                .append(" (").append(ladder.nameOf(assessment.rung().grouping()).toLowerCase(java.util.Locale.UK))
                .append("), rung ").append(assessment.rung().position()).append(" of 7\n");
        out.append(Text.wrap("  ", assessment.reason()));
        if (assessment.toReachNextRung() != null) {
            out.append(Text.wrap("  Next rung: ", "             ", assessment.toReachNextRung()));
        }
        return out.toString();
    }

    private String alignment(Alignment alignment) {
        StringBuilder out = new StringBuilder("Alignment: ").append(wording.regionName(alignment.region())).append('\n');
        out.append(Text.wrap("  ", wording.regionMeaning(alignment.region())));
        for (CircleAssessment circle : alignment.circles()) {
            out.append(Text.wrap("  " + (circle.inside() ? "[x] " : "[ ] ") + wording.circleName(circle.circle()) + ": ",
                    "      ", circle.reason()));
        }
        return out.toString();
    }

    private String finding(Finding finding) {
        String tag = "[" + finding.severity().label().toUpperCase(java.util.Locale.UK) + "] ";
        StringBuilder out = new StringBuilder(tag).append(finding.rule().title()).append('\n');
        out.append(Text.wrap("    ", finding.explanation()));
        for (Evidence evidence : finding.evidence()) {
            out.append(Text.wrap("    - ", "      ", evidence.subject() + ": " + evidence.observation()));
        }
        String looksFor = wording.looksFor(finding.rule());
        if (!looksFor.isEmpty()) {
            out.append(Text.wrap("    Looks for: ", "               ", looksFor));
        }
        return out.toString();
    }
}
