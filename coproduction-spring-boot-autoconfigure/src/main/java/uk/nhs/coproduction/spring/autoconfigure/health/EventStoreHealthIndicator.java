package uk.nhs.coproduction.spring.autoconfigure.health;

import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.spring.autoconfigure.internal.StoreProbe;

/**
 * Up while the event store answers a read; down, with the class of the error, when it does not.
 * The details name the store's kind ({@code store}); never a project or a message.
 *
 * @since 0.1.0
 */
public final class EventStoreHealthIndicator implements HealthIndicator {

    private final EventStore store;

    /**
     * Reports on {@code store}.
     *
     * @param store the store
     */
    public EventStoreHealthIndicator(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Health health() {
        String failure = StoreProbe.failure(store);
        Health.Builder health = failure == null ? Health.up() : Health.down().withDetail("error", failure);
        return health.withDetail("store", StoreProbe.kind(store)).build();
    }
}
