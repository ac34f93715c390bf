package uk.nhs.coproduction.benchmarks.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.testing.postgres.TestDatabase;

/**
 * Replaying a {@value #EVENTS}-event project from PostgreSQL, reported per event:
 * {@code storeReplay} reads the log through the store (SQL, then each row's JSON parsed into an
 * event) and rebuilds the project; {@code storeRead} only reads the log; {@code bareSelect} is the
 * floor: the same SELECT over bare JDBC, keeping each row's text without parsing it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PostgresReplayBenchmark {

    /** Events in the project. */
    public static final int EVENTS = 10_000;

    private static final ProjectId PROJECT = ProjectId.of("replayed");

    private TestDatabase database;
    private HikariDataSource pool;
    private PostgresEventStore store;

    /** A project of {@value #EVENTS} events, appended 1,000 at a time. */
    @Setup(Level.Trial)
    public void open() {
        database = PostgresBench.database();
        pool = PostgresBench.pool(database, 2);
        store = PostgresEventStore.open(pool);
        for (int from = 0; from < EVENTS; from += 1000) {
            List<RecordedEvent> chunk = new ArrayList<>(1000);
            for (int i = 1; i <= 1000; i++) {
                chunk.add(PostgresBench.event(PROJECT, from + i));
            }
            store.append(PROJECT, from, chunk).orElseThrow();
        }
    }

    /** Closes the store and the pool. */
    @TearDown(Level.Trial)
    public void close() {
        store.close();
        pool.close();
    }

    /** Read and rebuild the project. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public AlwaysEventProject storeReplay() {
        return AlwaysEventProject.replay(store.read(PROJECT).events()).orElseThrow();
    }

    /** Read the log only. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public List<RecordedEvent> storeRead() {
        return store.read(PROJECT).events();
    }

    /** The same rows' text over bare JDBC, unparsed. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public List<String> bareSelect() throws SQLException {
        try (Connection connection = pool.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT version, event_json FROM always_events_event WHERE project_id = ? AND version > ? ORDER BY version")) {
            select.setString(1, PROJECT.value());
            select.setLong(2, 0);
            List<String> rows = new ArrayList<>(EVENTS);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(2));
                }
            }
            return rows;
        }
    }
}
