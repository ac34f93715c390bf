package uk.nhs.coproduction.samples.boot;

import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.store.testkit.EventStoreContract;

/**
 * The in-memory store passes the store contract on this Boot line's classpath (its Jackson, Jakarta
 * Validation and Hibernate Validator, which the contract's commands go through). Runs on Boot 4.0
 * (this module) and Boot 3.5 ({@code spring-boot-3-sample}).
 */
class InMemoryStoreContractTest extends EventStoreContract {

    @Override
    protected EventStore newStore() {
        return new InMemoryEventStore();
    }
}
