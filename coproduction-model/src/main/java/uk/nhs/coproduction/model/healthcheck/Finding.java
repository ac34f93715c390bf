package uk.nhs.coproduction.model.healthcheck;

import java.util.List;
import java.util.Objects;
import uk.nhs.coproduction.model.internal.Copies;

/**
 * What the health check found for one rule: how much it matters, a plain-English explanation,
 * and the evidence it looked at.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule
 * @param severity how much it matters
 * @param explanation what was found and why it matters, in plain English
 * @param evidence the facts looked at
 * @since 0.1.0
 */
public record Finding(Rule rule, Severity severity, String explanation, List<Evidence> evidence) {

    /**
     * Copies the evidence; rejects nulls.
     *
     * @param rule the rule
     * @param severity how much it matters
     * @param explanation what was found and why it matters, in plain English
     * @param evidence the facts looked at
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
        evidence = Copies.list(evidence, "evidence");
    }
}
