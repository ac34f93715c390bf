package uk.nhs.coproduction.model.healthcheck;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.internal.Copies;
import uk.nhs.coproduction.model.ladder.LadderRung;

/**
 * The highest rung of the ladder of participation that a partnership's facts support, with the
 * reason, the evidence, and what would reach the next rung.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rung the highest rung the facts support
 * @param reason why, in plain English
 * @param evidence the facts looked at
 * @param toReachNextRung what the facts would need to show for the next rung up, or null at the top
 * @since 0.1.0
 */
public record LadderAssessment(
        LadderRung rung, String reason, List<Evidence> evidence, @Nullable String toReachNextRung) {

    /**
     * Copies the evidence; rejects nulls other than the advice for the next rung.
     *
     * @param rung the highest rung the facts support
     * @param reason why, in plain English
     * @param evidence the facts looked at
     * @param toReachNextRung what the facts would need to show for the next rung up, or null at the
     *     top
     */
    public LadderAssessment {
        Objects.requireNonNull(rung, "rung");
        Objects.requireNonNull(reason, "reason");
        evidence = Copies.list(evidence, "evidence");
    }
}
