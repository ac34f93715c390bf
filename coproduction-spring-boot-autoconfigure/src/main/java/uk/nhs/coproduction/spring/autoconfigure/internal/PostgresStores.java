package uk.nhs.coproduction.spring.autoconfigure.internal;

import javax.sql.DataSource;
import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;

/**
 * The one class that names the optional PostgreSQL store, loaded only when
 * {@code coproduction.store=postgres} and the store's artifact is present.
 */
final class PostgresStores {

    private PostgresStores() {
    }

    /** The store on {@code dataSource}, its schema created or upgraded. */
    static PostgresEventStore open(DataSource dataSource) {
        return PostgresEventStore.open(dataSource);
    }
}
