package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The project was paused.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reason why
 * @param on when
 * @since 0.1.0
 */
public record ProjectPausedEvent(String reason, LocalDate on) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param reason why
     * @param on when
     */
    public ProjectPausedEvent {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(on, "on");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
