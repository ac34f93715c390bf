package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * A period's value of a process or balancing measure was recorded.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measure the measure's id
 * @param value the period and its value
 * @since 0.1.0
 * @provisional
 */
public record MeasureValueRecordedEvent(String measure, MeasureValue value) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param measure the measure's id
     * @param value the period and its value
     */
    public MeasureValueRecordedEvent {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
