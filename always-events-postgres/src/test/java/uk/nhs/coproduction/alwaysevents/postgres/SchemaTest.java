package uk.nhs.coproduction.alwaysevents.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/** The schema is applied once, even by instances that start together, and recorded with its version. */
class SchemaTest {

    @Test
    void instancesStartingTogetherApplyTheSchemaExactlyOnce() throws Exception {
        TestDatabase database = TestPostgres.newDatabase();
        int instances = 4;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<PostgresEventStore> stores = new ArrayList<>();
        try {
            CyclicBarrier start = new CyclicBarrier(instances);
            List<Future<PostgresEventStore>> opening = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                opening.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return PostgresEventStore.open(database.newDataSource());
                }));
            }
            for (Future<PostgresEventStore> store : opening) {
                stores.add(store.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            stores.forEach(PostgresEventStore::close);
        }
        PostgresEventStore.open(database.dataSource()).close();

        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, migration FROM always_events_schema_version ORDER BY version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
            assertThat(rows.getString(2)).isEqualTo("V1__event_log.sql");
            assertThat(rows.next()).as("a second row").isFalse();
        }
    }

    @Test
    void aDatabaseWithANewerSchemaIsRefusedWithTheReason() throws SQLException {
        TestDatabase database = TestPostgres.newDatabase();
        PostgresEventStore.open(database.dataSource()).close();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO always_events_schema_version (version, migration) VALUES (99, 'V99__future.sql')");
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PostgresEventStore.open(database.dataSource()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("version 99");
    }
}
