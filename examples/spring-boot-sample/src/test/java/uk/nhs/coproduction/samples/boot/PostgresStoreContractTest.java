package uk.nhs.coproduction.samples.boot;

import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.testkit.DurableEventStoreContract;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * The PostgreSQL store passes the durable store contract on a real server, with this Boot line's
 * PostgreSQL driver and the rest of its classpath. Runs on Boot 4.0 (this module) and Boot 3.5
 * ({@code spring-boot-3-sample}).
 */
class PostgresStoreContractTest extends DurableEventStoreContract {

    @Override
    protected EventStore newStore() {
        return PostgresEventStore.open(TestPostgres.newDatabase().dataSource());
    }

    @Override
    protected EventStore reopen(EventStore store) {
        PostgresEventStore postgres = (PostgresEventStore) store;
        postgres.close();
        return PostgresEventStore.open(postgres.dataSource());
    }
}
