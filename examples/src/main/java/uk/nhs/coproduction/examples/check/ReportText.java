package uk.nhs.coproduction.examples.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.nhs.coproduction.model.alignment.Alignment;
import uk.nhs.coproduction.model.alignment.CircleAssessment;
import uk.nhs.coproduction.model.framework.CoproductionModel;
import uk.nhs.coproduction.model.framework.CoproductionStep;
import uk.nhs.coproduction.model.framework.CoproductionValue;
import uk.nhs.coproduction.model.framework.FrameworkEdition;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.framework.LadderOfParticipation;
import uk.nhs.coproduction.model.framework.RegionDefinition;
import uk.nhs.coproduction.model.healthcheck.Evidence;
import uk.nhs.coproduction.model.healthcheck.Finding;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.healthcheck.LadderAssessment;
import uk.nhs.coproduction.model.healthcheck.Mark;
import uk.nhs.coproduction.model.healthcheck.Rule;
import uk.nhs.coproduction.model.healthcheck.Severity;
import uk.nhs.coproduction.model.framework.StatutoryPrinciple;

/**
 * A health-check report as text for people: the ladder rung and why, where the initiative sits
 * across experience of care, quality improvement and co-production, then the findings that need
 * action (most serious first) and the strengths. The framework words come from the editions in
 * use. The report holds no personal data, so neither does this text.
 */
final class ReportText {

    private final Frameworks frameworks;

    ReportText(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    String render(HealthCheckReport report, Alignment alignment) {
        StringBuilder out = new StringBuilder();
        out.append("Health check: ").append(report.partnershipTitle()).append('\n');
        out.append(ladder(report.ladder()));
        out.append(alignment(alignment));
        out.append('\n').append(summary(report)).append('\n');
        List<Finding> ordered = new ArrayList<>(report.actions());
        ordered.addAll(report.findings(Severity.STRENGTH));
        for (Finding finding : ordered) {
            out.append('\n').append(finding(finding));
        }
        out.append('\n').append(Text.wrap("Based on: ", "          ", basedOn(report)));
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
        String name = frameworks.alignmentModel().region(alignment.region())
                .map(RegionDefinition::name).orElse(alignment.region().name());
        String meaning = frameworks.alignmentModel().region(alignment.region())
                .map(RegionDefinition::meaning).orElse("");
        StringBuilder out = new StringBuilder("Alignment: ").append(name).append('\n');
        out.append(Text.wrap("  ", meaning));
        for (CircleAssessment circle : alignment.circles()) {
            String circleName = frameworks.alignmentModel().circle(circle.circle())
                    .map(c -> c.name()).orElse(circle.circle().name());
            out.append(Text.wrap("  " + (circle.inside() ? "[x] " : "[ ] ") + circleName + ": ", "      ",
                    circle.reason()));
        }
        return out.toString();
    }

    private static String summary(HealthCheckReport report) {
        return "Findings: " + report.count(Severity.CRITICAL) + " critical, " + report.count(Severity.WARNING)
                + " warning" + (report.count(Severity.WARNING) == 1 ? "" : "s") + ", "
                + report.count(Severity.ADVICE) + " advice, " + report.count(Severity.STRENGTH) + " strength"
                + (report.count(Severity.STRENGTH) == 1 ? "" : "s");
    }

    private String finding(Finding finding) {
        String tag = "[" + finding.severity().label().toUpperCase(java.util.Locale.UK) + "] ";
        StringBuilder out = new StringBuilder(tag).append(finding.rule().title()).append('\n');
        out.append(Text.wrap("    ", finding.explanation()));
        for (Evidence evidence : finding.evidence()) {
            out.append(Text.wrap("    - ", "      ", evidence.subject() + ": " + evidence.observation()));
        }
        String looksFor = looksFor(finding.rule());
        if (!looksFor.isEmpty()) {
            out.append(Text.wrap("    Looks for: ", "               ", looksFor));
        }
        return out.toString();
    }

    private String looksFor(Rule rule) {
        CoproductionModel model = frameworks.coproductionModel();
        List<String> parts = new ArrayList<>();
        for (Mark mark : rule.marks()) {
            parts.add("mark \"" + mark.title() + "\"");
        }
        for (CoproductionValue.Key key : rule.coproductionValues()) {
            parts.add("value \"" + model.value(key).map(CoproductionValue::name).orElse(key.name()) + "\"");
        }
        for (CoproductionStep.Key key : rule.coproductionSteps()) {
            parts.add("step " + (model.steps().indexOf(model.step(key).orElse(null)) + 1) + " \""
                    + model.step(key).map(CoproductionStep::name).orElse(key.name()) + "\"");
        }
        for (StatutoryPrinciple.Key key : rule.principles()) {
            parts.add("statutory guidance principle " + (key.ordinal() + 1));
        }
        return String.join("; ", parts);
    }

    private static String basedOn(HealthCheckReport report) {
        List<String> parts = new ArrayList<>();
        for (FrameworkEdition edition : report.basedOn().stream()
                .sorted(Comparator.comparing(FrameworkEdition::title)).toList()) {
            parts.add(edition.title() + " (" + edition.citation() + "; " + edition.confidence().level().label()
                    + " confidence)");
        }
        return String.join("; ", parts) + ".";
    }
}
