package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.project.Phase;

/**
 * What a phase is called and what happens in it, as a workflow definition words it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param phase the phase
 * @param name its name, such as "Understanding what matters"
 * @param description what happens in it
 * @since 0.1.0
 */
public record PhaseDefinition(Phase phase, String name, String description) {

    /**
     * Checks the components.
     *
     * @param phase the phase
     * @param name its name, such as "Understanding what matters"
     * @param description what happens in it
     */
    public PhaseDefinition {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (name.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("phase " + phase + " needs a name and a description");
        }
    }
}
