package uk.nhs.coproduction.model.healthcheck;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.model.framework.FrameworkEdition;
import uk.nhs.coproduction.model.internal.Copies;

/**
 * The result of a health check of one partnership: the rung of the ladder of participation its
 * facts support, one finding per {@link Rule} (in rule order), and the framework editions the
 * check was based on. It holds no personal data, so it can be shared and stored as it is.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param partnershipTitle the title of the partnership checked
 * @param ladder the rung the facts support, with the reason
 * @param findings one finding per rule, in rule order
 * @param basedOn the editions of the frameworks the check used
 * @since 0.1.0
 */
public record HealthCheckReport(
        String partnershipTitle, LadderAssessment ladder, List<Finding> findings, List<FrameworkEdition> basedOn) {

    /**
     * Copies the lists; rejects nulls.
     *
     * @param partnershipTitle the title of the partnership checked
     * @param ladder the rung the facts support, with the reason
     * @param findings one finding per rule, in rule order
     * @param basedOn the editions of the frameworks the check used
     */
    public HealthCheckReport {
        Objects.requireNonNull(partnershipTitle, "partnershipTitle");
        Objects.requireNonNull(ladder, "ladder");
        findings = Copies.list(findings, "findings");
        basedOn = Copies.list(basedOn, "basedOn");
    }

    /**
     * {@return the finding for {@code rule}, if the report has one}
     *
     * @param rule the rule whose finding is wanted
     */
    public Optional<Finding> finding(Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).findFirst();
    }

    /**
     * {@return the findings of this severity, in rule order}
     *
     * @param severity the severity wanted
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * {@return how many findings have this severity}
     *
     * @param severity the severity to count
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * {@return the most serious severity found, or {@link Severity#STRENGTH} if every finding is a
     * strength}
     */
    public Severity worstSeverity() {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.STRENGTH);
    }

    /** {@return the findings that need action, most serious first, then in rule order} */
    public List<Finding> actions() {
        return findings.stream()
                .filter(f -> f.severity().needsAction())
                .sorted(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::rule))
                .toList();
    }
}
