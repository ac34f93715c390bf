package uk.nhs.coproduction.alwaysevents.postgres;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;

/**
 * An event that another (or this) instance committed, as the feed delivers it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param position the event's position in the store: unique, and the value to resume a feed
 *     after ({@link PostgresEventStore#subscribe(long, CommittedEventListener)})
 * @param event the event
 * @since 0.1.0
 */
public record CommittedEvent(long position, RecordedEvent event) {

    /**
     * Checks the components.
     *
     * @param position the event's position in the store, 1 or more
     * @param event the event
     */
    public CommittedEvent {
        Objects.requireNonNull(event, "event");
        if (position < 1) {
            throw new IllegalArgumentException("a position starts at 1: " + position);
        }
    }
}
