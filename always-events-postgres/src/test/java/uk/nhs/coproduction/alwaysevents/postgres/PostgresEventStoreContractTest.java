package uk.nhs.coproduction.alwaysevents.postgres;

import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.testkit.DurableEventStoreContract;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * The PostgreSQL store passes the durable store contract on a real server, reopen included. It
 * has no torn-write tests: an append is one transaction, all or nothing.
 */
class PostgresEventStoreContractTest extends DurableEventStoreContract {

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
