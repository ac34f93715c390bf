package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * A period was measured at a spread or scale-up site.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measurement the measurement
 * @since 0.1.0
 */
public record SiteMeasurementRecordedEvent(SiteMeasurement measurement) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param measurement the measurement
     */
    public SiteMeasurementRecordedEvent {
        Objects.requireNonNull(measurement, "measurement");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
