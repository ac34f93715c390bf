package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * A period's measurement was corrected.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measurement the corrected measurement
 * @param reason why
 * @since 0.1.0
 */
public record MeasurementCorrectedEvent(Measurement measurement, String reason) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param measurement the corrected measurement
     * @param reason why
     */
    public MeasurementCorrectedEvent {
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
