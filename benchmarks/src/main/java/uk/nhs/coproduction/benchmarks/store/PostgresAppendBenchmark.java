package uk.nhs.coproduction.benchmarks.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.testing.postgres.TestDatabase;

/**
 * Durable appends per second to the PostgreSQL store (fsync on), one event per append, against a
 * bare JDBC insert of the same row (the same JSON written by {@link EventJson}, into a table with
 * the same columns, keys and index) in its own transaction, in the same run:
 *
 * <ul>
 *   <li>one writer ({@code store1} / {@code baseline1});</li>
 *   <li>8 writers, each on its own project ({@code store8DifferentProjects} /
 *       {@code baseline8DifferentProjects});</li>
 *   <li>8 writers on one project ({@code store8SameProject}: each appends at the version it last
 *       knew and, on a conflict, retries at the version the conflict reports, so an operation is
 *       one event appended;
 *       {@code baseline8SameProject} takes the next version from a shared counter, so it never
 *       conflicts; {@code baseline8SameProjectRetrying} is the fair floor for optimistic
 *       concurrency: each writer inserts the version after the one it last knew, the
 *       (project, version) key refuses all but one, and a refused writer reads the project's
 *       version and tries again, exactly the loop the store's callers run).</li>
 * </ul>
 * The store checks the version in the same statement and wakes the feeds with a NOTIFY after
 * the commit; the baselines do neither, which is what the ratios show. The never-conflicting
 * baseline also shows what optimistic concurrency on one project costs whoever implements it:
 * its writers never wait for each other's commits, while one project's appends must follow each
 * other.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PostgresAppendBenchmark {

    private static final AtomicInteger PROJECTS = new AtomicInteger();

    private TestDatabase database;
    private HikariDataSource pool;
    private PostgresEventStore store;
    private final AtomicLong sharedBaselineVersion = new AtomicLong();
    private ProjectId shared;
    private ProjectId sharedRetrying;

    /** The database, pool and store, once per trial. */
    @Setup(Level.Trial)
    public void open() {
        database = PostgresBench.database();
        pool = PostgresBench.pool(database, 10);
        store = PostgresEventStore.open(pool);
        shared = ProjectId.of("shared-" + PROJECTS.incrementAndGet());
        sharedRetrying = ProjectId.of("shared-retrying-" + PROJECTS.incrementAndGet());
        sharedBaselineVersion.set(0);
    }

    /** Closes the store and the pool. */
    @TearDown(Level.Trial)
    public void close() {
        store.close();
        pool.close();
    }

    /** One writer's own project and next version. */
    @State(Scope.Thread)
    public static class Writer {
        ProjectId project;
        long version;

        /** A new project for each thread. */
        @Setup(Level.Trial)
        public void newProject() {
            project = ProjectId.of("writer-" + PROJECTS.incrementAndGet());
            version = 0;
        }
    }

    private long storeAppend(Writer writer) {
        RecordedEvent event = PostgresBench.event(writer.project, writer.version + 1);
        writer.version = store.append(writer.project, writer.version, List.of(event)).orElseThrow();
        return writer.version;
    }

    private long baselineInsert(Writer writer) throws SQLException {
        long version = writer.version + 1;
        insert(writer.project, version, EventJson.write(PostgresBench.event(writer.project, version)));
        writer.version = version;
        return version;
    }

    private void insert(ProjectId project, long version, String json) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement insert = connection.prepareStatement(PostgresBench.BASELINE_INSERT)) {
            insert.setString(1, project.value());
            insert.setLong(2, version);
            insert.setString(3, json);
            insert.executeUpdate();
        }
    }

    /** The store, one writer. */
    @Benchmark
    @Threads(1)
    public long store1(Writer writer) {
        return storeAppend(writer);
    }

    /** Bare JDBC, one writer. */
    @Benchmark
    @Threads(1)
    public long baseline1(Writer writer) throws SQLException {
        return baselineInsert(writer);
    }

    /** The store, 8 writers on 8 projects. */
    @Benchmark
    @Threads(8)
    public long store8DifferentProjects(Writer writer) {
        return storeAppend(writer);
    }

    /** Bare JDBC, 8 writers on 8 projects. */
    @Benchmark
    @Threads(8)
    public long baseline8DifferentProjects(Writer writer) throws SQLException {
        return baselineInsert(writer);
    }

    /** What one writer on the shared project last knew of its version. */
    @State(Scope.Thread)
    public static class SharedWriter {
        long known;
    }

    /**
     * The store, 8 writers on one project: append at the version last known and, on a conflict,
     * retry at the version the conflict reports.
     */
    @Benchmark
    @Threads(8)
    public long store8SameProject(SharedWriter writer) {
        long version = writer.known;
        while (true) {
            AppendResult result = store.append(shared, version, List.of(PostgresBench.event(shared, version + 1)));
            if (result instanceof AppendResult.Conflict conflict) {
                version = conflict.actualVersion();
            } else {
                writer.known = result.orElseThrow();
                return writer.known;
            }
        }
    }

    /** Bare JDBC, 8 writers on one project, versions from a shared counter (never a conflict). */
    @Benchmark
    @Threads(8)
    public long baseline8SameProject() throws SQLException {
        long version = sharedBaselineVersion.incrementAndGet();
        insert(shared, version, EventJson.write(PostgresBench.event(shared, version)));
        return version;
    }

    private static final String BASELINE_INSERT_IF_FREE = PostgresBench.BASELINE_INSERT + " ON CONFLICT DO NOTHING";
    private static final String BASELINE_VERSION = "SELECT coalesce(max(version), 0) FROM baseline_event WHERE project_id = ?";

    /** What one retrying baseline writer last knew of the version of its shared project. */
    @State(Scope.Thread)
    public static class RetryingWriter {
        long known;
    }

    /**
     * Bare JDBC, 8 writers on one project, the (project, version) key enforced: insert the version
     * after the one last known; if the key refuses it, read the project's version and try again.
     */
    @Benchmark
    @Threads(8)
    public long baseline8SameProjectRetrying(RetryingWriter writer) throws SQLException {
        String project = sharedRetrying.value();
        long version = writer.known;
        try (Connection connection = pool.getConnection();
                PreparedStatement insert = connection.prepareStatement(BASELINE_INSERT_IF_FREE);
                PreparedStatement current = connection.prepareStatement(BASELINE_VERSION)) {
            while (true) {
                insert.setString(1, project);
                insert.setLong(2, version + 1);
                insert.setString(3, EventJson.write(PostgresBench.event(sharedRetrying, version + 1)));
                if (insert.executeUpdate() == 1) {
                    writer.known = version + 1;
                    return writer.known;
                }
                current.setString(1, project);
                try (var result = current.executeQuery()) {
                    result.next();
                    version = result.getLong(1);
                }
            }
        }
    }
}
