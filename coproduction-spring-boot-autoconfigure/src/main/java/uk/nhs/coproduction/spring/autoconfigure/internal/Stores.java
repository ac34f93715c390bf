package uk.nhs.coproduction.spring.autoconfigure.internal;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.spring.autoconfigure.CoproductionProperties;

/** Opens the store that {@code coproduction.store} names. */
public final class Stores {

    /** The PostgreSQL store's class, in the optional {@code always-events-postgres} artifact. */
    public static final String POSTGRES_STORE = "uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore";

    private Stores() {
    }

    /**
     * Opens the configured store.
     *
     * @param properties the {@code coproduction.*} properties
     * @param dataSource the application's data source, if it has one
     * @return the store (closed by the application context when it is {@link AutoCloseable})
     * @throws IllegalStateException saying which property or dependency is missing
     */
    public static EventStore open(CoproductionProperties properties, @Nullable DataSource dataSource) {
        switch (properties.store()) {
            case MEMORY:
                return new InMemoryEventStore();
            case FILE:
                Path directory = properties.dataDirectory();
                if (directory == null) {
                    throw new StartupRefusal("coproduction.store=file needs coproduction.data-directory",
                            "Set coproduction.data-directory to the directory the file store keeps its events in "
                            + "(created if absent; one application instance at a time)", null);
                }
                return FileEventStore.open(directory);
            case POSTGRES:
                if (dataSource == null) {
                    throw new StartupRefusal("coproduction.store=postgres needs a DataSource",
                            "Set spring.datasource.url (with spring-boot-starter-jdbc), or define a DataSource bean", null);
                }
                return postgres(dataSource);
            default:
                throw new IllegalStateException("unknown coproduction.store: " + properties.store());
        }
    }

    /**
     * The PostgreSQL store on {@code dataSource}. The optional artifact is looked for by name first,
     * so that without it the application is told what to add rather than a class that is missing.
     */
    private static EventStore postgres(DataSource dataSource) {
        try {
            Class.forName(POSTGRES_STORE, false, Stores.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new StartupRefusal("coproduction.store=postgres needs the PostgreSQL event store",
                    "Add the dependency uk.nhs.coproduction:always-events-postgres (it brings the PostgreSQL JDBC driver)",
                    e);
        }
        return PostgresStores.open(dataSource);
    }
}
