package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a project from phase to phase.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param transitionId the transition taken
 * @param from the phase left
 * @param to the phase entered
 * @param atVersion the version of the event that recorded it
 * @param on the date
 * @since 0.1.0
 */
public record PhaseChange(String transitionId, Phase from, Phase to, long atVersion, LocalDate on) {

    /**
     * Checks the components.
     *
     * @param transitionId the transition taken
     * @param from the phase left
     * @param to the phase entered
     * @param atVersion the version of the event that recorded it
     * @param on the date
     */
    public PhaseChange {
        Objects.requireNonNull(transitionId, "transitionId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
    }

    /** The change {@code event} recorded as version {@code atVersion}. */
    static PhaseChange recorded(PhaseChangedEvent event, long atVersion) {
        return new PhaseChange(event.transitionId(), event.from(), event.to(), atVersion, event.on());
    }
}
