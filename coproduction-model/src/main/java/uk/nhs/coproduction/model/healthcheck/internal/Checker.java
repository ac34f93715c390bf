package uk.nhs.coproduction.model.healthcheck.internal;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.coproduction.model.framework.FrameworkEdition;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.healthcheck.Finding;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.healthcheck.Rule;
import uk.nhs.coproduction.model.partnership.Partnership;

/** Runs every rule and the ladder reasoning over one partnership. */
public final class Checker {

    private Checker() {
    }

    /** The report for {@code partnership}: one finding per rule, in rule order, and the rung. */
    public static HealthCheckReport check(Partnership partnership, Frameworks frameworks) {
        Facts facts = new Facts(partnership);
        Rules rules = new Rules(facts, frameworks.ppvPartnerPolicy());
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            findings.add(rules.apply(rule));
        }
        List<FrameworkEdition> basedOn = List.of(
                frameworks.coproductionModel().edition(),
                frameworks.ladder().edition(),
                frameworks.statutoryGuidance().edition(),
                frameworks.ppvPartnerPolicy().edition());
        return new HealthCheckReport(partnership.title(), new LadderReasoning(facts).assess(), findings, basedOn);
    }
}
