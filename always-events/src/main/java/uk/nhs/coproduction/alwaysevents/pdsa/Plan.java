package uk.nhs.coproduction.alwaysevents.pdsa;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The plan of a PDSA cycle: what the test is for, what the team predicts will happen, how the test
 * will run (who, what, where, when) and what data will be collected.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param objective what the cycle is for: the question it answers, never blank
 * @param prediction what the team predicts will happen, never blank
 * @param arrangements who, what, where and when, never blank
 * @param dataCollection what data will be collected, and how, never blank
 * @param plannedOn when the cycle was planned
 * @param period the measurement period in which the test runs (such as {@code 2017-06}), used to
 *     mark the cycle on the run chart; null when not known
 * @since 0.1.0
 */
public record Plan(String objective, String prediction, String arrangements, String dataCollection,
        LocalDate plannedOn, @Nullable String period) {

    /**
     * Checks the components.
     *
     * @param objective what the cycle is for: the question it answers, never blank
     * @param prediction what the team predicts will happen, never blank
     * @param arrangements who, what, where and when, never blank
     * @param dataCollection what data will be collected, and how, never blank
     * @param plannedOn when the cycle was planned
     * @param period the measurement period in which the test runs (such as {@code 2017-06}), used
     *     to mark the cycle on the run chart; null when not known
     */
    public Plan {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(arrangements, "arrangements");
        Objects.requireNonNull(dataCollection, "dataCollection");
        Objects.requireNonNull(plannedOn, "plannedOn");
        if (objective.isBlank() || prediction.isBlank() || arrangements.isBlank() || dataCollection.isBlank()) {
            throw new IllegalArgumentException("a PDSA plan needs an objective, a prediction, arrangements and a data collection plan");
        }
    }

    /** Shows the dates only; the plan's text is left out. */
    @Override
    public String toString() {
        return "Plan[plannedOn=" + plannedOn + ", period=" + period + "]";
    }
}
