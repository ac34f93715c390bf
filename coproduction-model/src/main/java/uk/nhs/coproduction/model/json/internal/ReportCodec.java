package uk.nhs.coproduction.model.json.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.model.framework.FrameworkEdition;
import uk.nhs.coproduction.model.healthcheck.Evidence;
import uk.nhs.coproduction.model.healthcheck.Finding;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.healthcheck.LadderAssessment;
import uk.nhs.coproduction.model.healthcheck.Rule;
import uk.nhs.coproduction.model.healthcheck.Severity;
import uk.nhs.coproduction.model.ladder.LadderRung;

/** The JSON mapping of a health-check report. Rules are written by their stable ids. */
public final class ReportCodec implements Codec<HealthCheckReport> {

    @Override
    public String documentName() {
        return "health-check-report";
    }

    @Override
    public @Nullable HealthCheckReport read(Fields f) {
        String title = f.text("partnershipTitle");
        LadderAssessment ladder = f.object("ladder", true, l -> {
            LadderRung rung = l.enumValue("rung", LadderRung.class);
            String reason = l.text("reason");
            List<Evidence> evidence = l.objects("evidence", true, ReportCodec::evidence);
            String next = l.optionalText("toReachNextRung");
            return rung == null || reason == null || evidence == null
                    ? null : l.build(() -> new LadderAssessment(rung, reason, evidence, next));
        });
        List<Finding> findings = f.objects("findings", true, r -> {
            String ruleId = r.text("rule");
            Rule rule = ruleId == null ? null : Rule.byId(ruleId).orElse(null);
            if (ruleId != null && rule == null) {
                r.problem("rule", "is not the id of a health-check rule");
            }
            Severity severity = r.enumValue("severity", Severity.class);
            String explanation = r.text("explanation");
            List<Evidence> evidence = r.objects("evidence", true, ReportCodec::evidence);
            return rule == null || severity == null || explanation == null || evidence == null
                    ? null : r.build(() -> new Finding(rule, severity, explanation, evidence));
        });
        List<FrameworkEdition> basedOn = f.objects("basedOn", true, EditionCodec::read);
        if (title == null || ladder == null || findings == null || basedOn == null) {
            return null;
        }
        return f.build(() -> new HealthCheckReport(title, ladder, findings, basedOn));
    }

    private static @Nullable Evidence evidence(Fields f) {
        String subject = f.text("subject");
        String observation = f.text("observation");
        return subject == null || observation == null ? null : f.build(() -> new Evidence(subject, observation));
    }

    @Override
    public void write(HealthCheckReport report, ObjectNode root) {
        root.put("partnershipTitle", report.partnershipTitle());
        ObjectNode ladder = root.putObject("ladder");
        ladder.put("rung", report.ladder().rung().name());
        ladder.put("reason", report.ladder().reason());
        writeEvidence(report.ladder().evidence(), ladder.putArray("evidence"));
        Write.text(ladder, "toReachNextRung", report.ladder().toReachNextRung());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", finding.rule().id());
            node.put("severity", finding.severity().name());
            node.put("explanation", finding.explanation());
            writeEvidence(finding.evidence(), node.putArray("evidence"));
        }
        ArrayNode basedOn = root.putArray("basedOn");
        for (FrameworkEdition edition : report.basedOn()) {
            EditionCodec.write(edition, basedOn.addObject());
        }
    }

    private static void writeEvidence(List<Evidence> evidence, ArrayNode array) {
        for (Evidence item : evidence) {
            ObjectNode node = array.addObject();
            node.put("subject", item.subject());
            node.put("observation", item.observation());
        }
    }
}
