package uk.nhs.coproduction.alwaysevents.store.testkit;

import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;

/** The in-memory store passes the contract (it has no restarts and no torn writes). */
class InMemoryEventStoreContractTest extends EventStoreContract {

    @Override
    protected EventStore newStore() {
        return new InMemoryEventStore();
    }
}
