package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * A measurement made at a spread or scale-up site.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param siteId the site's id
 * @param measurement the measurement
 * @since 0.1.0
 */
public record SiteMeasurement(String siteId, Measurement measurement) {

    /**
     * Checks the components.
     *
     * @param siteId the site's id
     * @param measurement the measurement
     */
    public SiteMeasurement {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(measurement, "measurement");
    }
}
