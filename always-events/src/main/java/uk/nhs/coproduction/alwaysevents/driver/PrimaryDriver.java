package uk.nhs.coproduction.alwaysevents.driver;

import java.util.Objects;

/**
 * A primary driver: something that must happen for the aim to be reached, such as "Staff know
 * which equipment each person prefers".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the driver's id in the diagram, such as {@code P1}
 * @param text the driver, never blank
 * @since 0.1.0
 */
public record PrimaryDriver(String id, String text) {

    /**
     * Checks the components.
     *
     * @param id the driver's id in the diagram, such as {@code P1}
     * @param text the driver, never blank
     */
    public PrimaryDriver {
        DriverDiagram.checkId(id, 'P');
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a primary driver needs text");
        }
    }
}
