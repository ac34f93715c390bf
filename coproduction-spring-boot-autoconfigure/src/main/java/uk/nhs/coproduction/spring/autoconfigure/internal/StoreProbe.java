package uk.nhs.coproduction.spring.autoconfigure.internal;

import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.EventStore;

/**
 * The health probe both Boot lines' health indicators use: asks the store for the version of a
 * project that is never started, which reads the store (a query on PostgreSQL) and changes nothing.
 */
public final class StoreProbe {

    /** The project id the probe asks about. */
    static final ProjectId PROBE = ProjectId.of("coproduction-health-probe");

    private StoreProbe() {
    }

    /**
     * Probes {@code store}.
     *
     * @param store the store
     * @return null if the store answered, else the class of what it threw (never its message, which
     *     might name a project)
     */
    public static @Nullable String failure(EventStore store) {
        try {
            store.version(PROBE);
            return null;
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    /**
     * The store's kind, for the health details.
     *
     * @param store the store
     * @return its class's simple name
     */
    public static String kind(EventStore store) {
        EventStore inner = store instanceof ObservedEventStore observed ? observed.store() : store;
        return inner.getClass().getSimpleName();
    }
}
