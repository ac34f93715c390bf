package uk.nhs.coproduction.alwaysevents.driver;

import java.util.Objects;

/**
 * A secondary driver: something that influences a primary driver, such as "Contact preferences
 * recorded at admission".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the driver's id in the diagram, such as {@code S2}
 * @param primaryDriverId the id of the primary driver it influences
 * @param text the driver, never blank
 * @since 0.1.0
 */
public record SecondaryDriver(String id, String primaryDriverId, String text) {

    /**
     * Checks the components.
     *
     * @param id the driver's id in the diagram, such as {@code S2}
     * @param primaryDriverId the id of the primary driver it influences
     * @param text the driver, never blank
     */
    public SecondaryDriver {
        DriverDiagram.checkId(id, 'S');
        DriverDiagram.checkId(primaryDriverId, 'P');
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a secondary driver needs text");
        }
    }
}
