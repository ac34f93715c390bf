package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * A period was measured at the home unit.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measurement the measurement
 * @since 0.1.0
 */
public record MeasurementRecordedEvent(Measurement measurement) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param measurement the measurement
     */
    public MeasurementRecordedEvent {
        Objects.requireNonNull(measurement, "measurement");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
