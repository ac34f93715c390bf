package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * A process or balancing measure was defined for the project.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param definition the measure's definition
 * @since 0.1.0
 * @provisional
 */
public record MeasureDefinedEvent(MeasureDefinition definition) implements ProjectEvent {

    /**
     * Checks the component.
     *
     * @param definition the measure's definition
     */
    public MeasureDefinedEvent {
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
