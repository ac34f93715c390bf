package uk.nhs.coproduction.alwaysevents.postgres;

import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.testkit.EventStoreContract;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/** The PostgreSQL store passes the store contract on a real server, reopen included (no torn writes: appends are transactions). */
class PostgresEventStoreContractTest extends EventStoreContract {

    @Override
    protected EventStore newStore() {
        return PostgresEventStore.open(TestPostgres.newDatabase().dataSource());
    }

    @Override
    protected Optional<EventStore> reopen(EventStore store) {
        PostgresEventStore postgres = (PostgresEventStore) store;
        postgres.close();
        return Optional.of(PostgresEventStore.open(postgres.dataSource()));
    }
}
