package uk.nhs.coproduction.alwaysevents.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;

/**
 * Events read from a store, in order, with the repair the store made if it found a torn write
 * when it opened the project's log.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param events the events, in version order
 * @param recovery the repair of a torn last line, or null
 * @since 0.1.0
 */
public record History(List<RecordedEvent> events, @Nullable Recovery recovery) {

    /**
     * Checks the components; the list is kept as given (stores hand over immutable lists).
     *
     * @param events the events, in version order
     * @param recovery the repair of a torn last line, or null
     */
    public History {
        Objects.requireNonNull(events, "events");
    }

    /** {@return the repair made when the log was opened, if any} */
    public Optional<Recovery> recoveryMade() {
        return Optional.ofNullable(recovery);
    }
}
