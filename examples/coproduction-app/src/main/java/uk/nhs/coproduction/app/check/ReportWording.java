package uk.nhs.coproduction.app.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.nhs.coproduction.model.alignment.Circle;
import uk.nhs.coproduction.model.alignment.Region;
import uk.nhs.coproduction.model.framework.CoproductionModel;
import uk.nhs.coproduction.model.framework.CoproductionStep;
import uk.nhs.coproduction.model.framework.CoproductionValue;
import uk.nhs.coproduction.model.framework.FrameworkEdition;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.framework.RegionDefinition;
import uk.nhs.coproduction.model.framework.StatutoryPrinciple;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.healthcheck.Mark;
import uk.nhs.coproduction.model.healthcheck.Rule;
import uk.nhs.coproduction.model.healthcheck.Severity;

/**
 * The words a health-check report is shown with, taken from the framework editions in use (so an
 * organisation's own edition changes them): names of rungs, regions and circles, what each rule
 * looks for, the count of findings and the editions the check was based on. The text report of
 * the {@code check} command and the web app's report page both use it.
 *
 * @param frameworks the editions in use
 */
public record ReportWording(Frameworks frameworks) {

    /** The name of the region of the alignment model. */
    public String regionName(Region region) {
        return frameworks.alignmentModel().region(region).map(RegionDefinition::name).orElse(region.name());
    }

    /** What the region means. */
    public String regionMeaning(Region region) {
        return frameworks.alignmentModel().region(region).map(RegionDefinition::meaning).orElse("");
    }

    /** The name of a circle (experience of care, quality improvement, co-production). */
    public String circleName(Circle circle) {
        return frameworks.alignmentModel().circle(circle).map(c -> c.name()).orElse(circle.name());
    }

    /** The counts of findings by severity: "Findings: 0 critical, 2 warnings, 3 advice, 9 strengths". */
    public static String counts(HealthCheckReport report) {
        return "Findings: " + report.count(Severity.CRITICAL) + " critical, " + report.count(Severity.WARNING)
                + " warning" + (report.count(Severity.WARNING) == 1 ? "" : "s") + ", "
                + report.count(Severity.ADVICE) + " advice, " + report.count(Severity.STRENGTH) + " strength"
                + (report.count(Severity.STRENGTH) == 1 ? "" : "s");
    }

    /** The marks, values, steps and principles a rule looks for, in words; "" if none. */
    public String looksFor(Rule rule) {
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

    /** The editions the check was based on, with their citation and confidence, one per item. */
    public static List<String> basedOn(HealthCheckReport report) {
        List<String> parts = new ArrayList<>();
        for (FrameworkEdition edition : report.basedOn().stream()
                .sorted(Comparator.comparing(FrameworkEdition::title)).toList()) {
            parts.add(edition.title() + " (" + edition.citation() + "; " + edition.confidence().level().label()
                    + " confidence)");
        }
        return parts;
    }
}
