package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * A period's value of a process or balancing measure was corrected, saying why.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measure the measure's id
 * @param value the period and its corrected value
 * @param reason why it was corrected
 * @since 0.1.0
 * @provisional
 */
public record MeasureValueCorrectedEvent(String measure, MeasureValue value, String reason) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param measure the measure's id
     * @param value the period and its corrected value
     * @param reason why it was corrected
     */
    public MeasureValueCorrectedEvent {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
