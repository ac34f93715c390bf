package uk.nhs.coproduction.alwaysevents.driver;

import java.util.Objects;

/**
 * A change idea: a specific change to test with PDSA cycles, such as "A charged phone and tablet
 * kept at the nurses' station".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the idea's id in the diagram, such as {@code C3}
 * @param secondaryDriverId the id of the secondary driver it acts on
 * @param text the idea, never blank
 * @since 0.1.0
 */
public record ChangeIdea(String id, String secondaryDriverId, String text) {

    /**
     * Checks the components.
     *
     * @param id the idea's id in the diagram, such as {@code C3}
     * @param secondaryDriverId the id of the secondary driver it acts on
     * @param text the idea, never blank
     */
    public ChangeIdea {
        DriverDiagram.checkId(id, 'C');
        DriverDiagram.checkId(secondaryDriverId, 'S');
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a change idea needs text");
        }
    }
}
