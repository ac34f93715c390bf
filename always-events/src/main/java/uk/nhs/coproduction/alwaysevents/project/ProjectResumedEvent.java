package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The project was resumed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param on when
 * @since 0.1.0
 */
public record ProjectResumedEvent(LocalDate on) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param on when
     */
    public ProjectResumedEvent {
        Objects.requireNonNull(on, "on");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
