package uk.nhs.coproduction.benchmarks.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.testing.postgres.TestDatabase;

/**
 * Replaying a {@value #EVENTS}-event project from PostgreSQL, reported per event:
 * {@code storeReplay} reads the log through the store (SQL, then each row's JSON parsed into an
 * event) and rebuilds the project; {@code storeRead} only reads the log; {@code bareSelect} is the
 * floor of a row-per-event read: the same SELECT over bare JDBC, keeping each row's text without
 * parsing it; {@code bareSelectChunked} is an alternative that was measured and not taken: 1,000
 * rows' JSON to a result row ({@code string_agg}), to pay the driver's per-row cost once per
 * chunk, split into lines, unparsed. On PostgreSQL 15 the aggregate (and the version prefix each
 * line needs, so a line can still be checked against its row) costs the server more than the
 * driver saves.
 *
 * <p>The stages apart, in memory: {@code decodeOnly} parses the {@value #EVENTS} JSON lines
 * ({@link EventJson#read}), {@code replayOnly} rebuilds the project from the events. And the
 * file store's read of the same log ({@code fileStoreOpenAndRead}: it parses with the same reader,
 * once, when a project is first read after opening).
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
    private List<String> lines;
    private List<RecordedEvent> events;
    private Path directory;

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
        events = store.read(PROJECT).events();
        lines = events.stream().map(EventJson::write).toList();
        try {
            directory = Files.createTempDirectory("replay-benchmark");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (FileEventStore fileStore = FileEventStore.open(directory)) {
            fileStore.append(PROJECT, 0, events).orElseThrow();
        }
    }

    /** Closes the store and the pool. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        pool.close();
        try (var files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
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

    /** A chunked SELECT over bare JDBC (1,000 rows' "version json" lines to a result row), split, unparsed. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public List<String> bareSelectChunked() throws SQLException {
        try (Connection connection = pool.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT min(version), max(version), count(*), string_agg(version || ' ' || event_json, E'\\n')"
                        + " FROM always_events_event WHERE project_id = ? AND version > ? GROUP BY (version - 1) / 1000"
                        + " ORDER BY 1")) {
            select.setString(1, PROJECT.value());
            select.setLong(2, 0);
            List<String> rows = new ArrayList<>(EVENTS);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String text = result.getString(4);
                    int start = 0;
                    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                        rows.add(text.substring(text.indexOf(' ', start) + 1, end));
                        start = end + 1;
                    }
                    rows.add(text.substring(text.indexOf(' ', start) + 1));
                }
            }
            return rows;
        }
    }

    /** Parse the JSON lines, in memory. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public List<RecordedEvent> decodeOnly() {
        List<RecordedEvent> read = new ArrayList<>(EVENTS);
        for (String line : lines) {
            read.add(EventJson.read(line));
        }
        return read;
    }

    /** Rebuild the project from events in memory. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public AlwaysEventProject replayOnly() {
        return AlwaysEventProject.replay(events).orElseThrow();
    }

    /** The file store's read of the same log: it reads a project's file once, so open it anew. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public List<RecordedEvent> fileStoreOpenAndRead() {
        try (FileEventStore fileStore = FileEventStore.open(directory)) {
            return fileStore.read(PROJECT).events();
        }
    }
}
