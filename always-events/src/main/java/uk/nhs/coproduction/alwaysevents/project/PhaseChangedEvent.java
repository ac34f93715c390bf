package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The project took a transition from one phase to another.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param transitionId the transition
 * @param from the phase left
 * @param to the phase entered
 * @param on when
 * @since 0.1.0
 */
public record PhaseChangedEvent(String transitionId, Phase from, Phase to, LocalDate on) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param transitionId the transition
     * @param from the phase left
     * @param to the phase entered
     * @param on when
     */
    public PhaseChangedEvent {
        Objects.requireNonNull(transitionId, "transitionId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
