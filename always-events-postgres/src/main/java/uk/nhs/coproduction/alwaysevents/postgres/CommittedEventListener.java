package uk.nhs.coproduction.alwaysevents.postgres;

/**
 * Told about every committed event, by any instance, exactly once and in the feed's order (for
 * any one project, its version order). Called on the subscription's own thread, one event at a
 * time; a listener that throws stops its subscription ({@link Subscription#failure()}), and the
 * caller resubscribes after {@link Subscription#lastPosition()} when it has dealt with it.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CommittedEventListener {

    /**
     * An event was committed.
     *
     * @param event the event and its position
     */
    void committed(CommittedEvent event);
}
