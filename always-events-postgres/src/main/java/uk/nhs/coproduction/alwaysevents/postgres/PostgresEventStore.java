package uk.nhs.coproduction.alwaysevents.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.postgres.internal.Failures;
import uk.nhs.coproduction.alwaysevents.postgres.internal.Schema;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.Erasure;
import uk.nhs.coproduction.alwaysevents.store.ErasureResult;
import uk.nhs.coproduction.alwaysevents.store.EventFormatException;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.alwaysevents.store.History;

/**
 * An event store in PostgreSQL (13 or newer), shared by any number of instances of a service.
 *
 * <h2>Tables</h2>
 * {@code always_events_event} holds one row per event: a global {@code position}, the inserting
 * transaction ({@code xid8}), the project, the version, and the event's JSON text, exactly the
 * line the file store writes ({@link EventJson}), so a history moves between the two unchanged.
 * {@code always_events_snapshot} holds each project's latest snapshot. The schema is a
 * versioned SQL file in this library ({@code V1__event_log.sql}), applied by {@link #open} under
 * an advisory lock and recorded in {@code always_events_schema_version}, so instances that start
 * together are safe.
 *
 * <h2>Appends</h2>
 * Each append is one statement in one transaction: it reads the project's version and inserts
 * the events only if it is still the expected one; a unique (project, version) key settles
 * races, so of two instances appending at the same version exactly one succeeds and the other
 * gets {@link AppendResult.Conflict}, never a merge. After the commit, a {@code NOTIFY} (one for
 * however many appends committed meanwhile, from a thread of the store's own) wakes every
 * instance's {@link Subscription}; it is not sent inside the append's transaction, because
 * PostgreSQL makes notifying commits take turns, which would serialise concurrent writers.
 *
 * <h2>The feed</h2>
 * {@link #subscribe(long, CommittedEventListener)} delivers every committed event, by any
 * instance, exactly once, in one order that every instance sees: (transaction id, position),
 * which for any one project is its version order. See {@link Subscription} for how late
 * committers are never skipped.
 *
 * <p>The store takes a {@link DataSource} and opens a connection per operation, so give it a
 * pooled one in production (HikariCP, or your application server's). Errors are
 * {@link EventStoreException}s naming the project and what failed, with the database's SQL
 * state; never an event's content. This class is thread-safe.
 *
 * <h2>When the database goes away</h2>
 * The store holds no connection between operations, so it needs no reopening after the database
 * restarts: while the database cannot be reached each operation fails with an
 * {@link EventStoreException} naming the operation and the SQL state, and once it is back they
 * succeed again, on the same store and data source. A failed append appended nothing, with one
 * exception that no network store can avoid: if the connection breaks after the append was sent
 * and before the database answered, the message says that the outcome is unknown, and reading
 * the project's version tells. Subscriptions reconnect by themselves ({@link Subscription}).
 *
 * @since 0.1.0
 */
public final class PostgresEventStore implements EventStore, AutoCloseable {

    /** How often an idle subscription re-reads in case a notification was missed, by default. */
    public static final Duration DEFAULT_RECHECK = Duration.ofSeconds(5);

    private static final String APPEND = "WITH current AS ("
            + "SELECT coalesce(max(version), 0) AS version FROM always_events_event WHERE project_id = ?), "
            + "inserted AS (INSERT INTO always_events_event (project_id, version, event_json) "
            + "SELECT ?, e.version, e.json FROM unnest(?::bigint[], ?::text[]) WITH ORDINALITY AS e(version, json, n), current "
            + "WHERE current.version = ? ORDER BY e.n RETURNING 1) "
            + "SELECT (SELECT version FROM current), (SELECT count(*) FROM inserted)";
    // One event cannot be half appended, so a race lost on the key is a plain "nothing inserted"
    // rather than an error (which the server would log).
    private static final String APPEND_ONE = "WITH current AS ("
            + "SELECT coalesce(max(version), 0) AS version FROM always_events_event WHERE project_id = ?), "
            + "inserted AS (INSERT INTO always_events_event (project_id, version, event_json) "
            + "SELECT ?, ?, ? FROM current WHERE current.version = ? "
            + "ON CONFLICT ON CONSTRAINT always_events_event_project_version DO NOTHING RETURNING 1) "
            + "SELECT (SELECT version FROM current), (SELECT count(*) FROM inserted)";
    private static final String READ_AFTER = "SELECT version, event_json FROM always_events_event"
            + " WHERE project_id = ? AND version > ? ORDER BY version";
    private static final String VERSION = "SELECT coalesce(max(version), 0) FROM always_events_event WHERE project_id = ?";
    private static final String PROJECTS = "SELECT project_id FROM always_events_event WHERE version = 1"
            + " ORDER BY project_id COLLATE \"C\"";
    private static final String SNAPSHOT = "SELECT snapshot_json FROM always_events_snapshot WHERE project_id = ?";
    private static final String SAVE_SNAPSHOT = "INSERT INTO always_events_snapshot (project_id, version, snapshot_json)"
            + " VALUES (?, ?, ?) ON CONFLICT (project_id) DO UPDATE SET version = EXCLUDED.version,"
            + " snapshot_json = EXCLUDED.snapshot_json WHERE always_events_snapshot.version < EXCLUDED.version";
    private static final String TRANSACTION_AT = "SELECT transaction_id::text FROM always_events_event WHERE position = ?";
    private static final String FEED_POSITION = "SELECT position FROM always_events_event"
            + " WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())"
            + " ORDER BY transaction_id DESC, position DESC LIMIT 1";

    // Erasure: the project's rows are locked (so two erasures take turns), rewritten in place, the
    // audit event inserted at the next version (an append that took it first makes the insert fail
    // on the key, and the erasure is worked out again), and the snapshot replaced by a tombstone at
    // the audit event's version, which a snapshot saved from an older copy can never overwrite.
    private static final String ERASE_READ = "SELECT version, event_json FROM always_events_event"
            + " WHERE project_id = ? ORDER BY version FOR UPDATE";
    private static final String ERASE_REWRITE = "UPDATE always_events_event SET event_json = ? WHERE project_id = ? AND version = ?";
    private static final String ERASE_AUDIT = "INSERT INTO always_events_event (project_id, version, event_json) VALUES (?, ?, ?)";
    private static final String ERASE_SNAPSHOT = "INSERT INTO always_events_snapshot (project_id, version, snapshot_json)"
            + " VALUES (?, ?, '{\"erased\":true}') ON CONFLICT (project_id) DO UPDATE SET version = EXCLUDED.version,"
            + " snapshot_json = EXCLUDED.snapshot_json";
    private static final int ERASE_ATTEMPTS = 50;

    private final DataSource dataSource;
    private final Duration recheck;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private @Nullable Notifier notifier;

    private PostgresEventStore(DataSource dataSource, Duration recheck) {
        this.dataSource = dataSource;
        this.recheck = recheck;
    }

    /**
     * Opens the store on {@code dataSource}, creating or upgrading its tables first.
     *
     * @param dataSource where the store's tables are (or will be)
     * @return the store
     * @throws EventStoreException if the database cannot be reached or the schema applied
     */
    public static PostgresEventStore open(DataSource dataSource) {
        return open(dataSource, DEFAULT_RECHECK);
    }

    /**
     * Opens the store, with subscriptions that re-check every {@code recheck} when idle.
     *
     * @param dataSource where the store's tables are (or will be)
     * @param recheck how often an idle subscription re-reads, in case a notification was missed
     * @return the store
     * @throws EventStoreException if the database cannot be reached or the schema applied
     * @throws IllegalArgumentException if {@code recheck} is not positive
     */
    public static PostgresEventStore open(DataSource dataSource, Duration recheck) {
        Objects.requireNonNull(dataSource, "dataSource");
        if (recheck.isNegative() || recheck.isZero()) {
            throw new IllegalArgumentException("the feed's re-check interval must be positive: " + recheck);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean auto = connection.getAutoCommit();
            Schema.apply(connection);
            connection.setAutoCommit(auto);
        } catch (SQLException e) {
            throw failure("cannot open the store: applying its schema (version " + Schema.currentVersion() + ") failed", e);
        }
        return new PostgresEventStore(dataSource, recheck);
    }

    /**
     * The data source the store uses.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public History read(ProjectId project) {
        return readAfter(project, 0);
    }

    @Override
    public History readAfter(ProjectId project, long afterVersion) {
        Objects.requireNonNull(project, "project");
        long after = Math.max(afterVersion, 0);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(READ_AFTER)) {
            statement.setString(1, project.value());
            statement.setLong(2, after);
            statement.setFetchSize(0);
            List<RecordedEvent> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long version = rows.getLong(1);
                    events.add(decode(project, version, rows.getString(2), after + events.size() + 1));
                }
            }
            endRead(connection);
            return new History(Collections.unmodifiableList(events), null);
        } catch (SQLException e) {
            throw failure("cannot read the events of project " + project, e);
        }
    }

    @Override
    public long version(ProjectId project) {
        Objects.requireNonNull(project, "project");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(VERSION)) {
            statement.setString(1, project.value());
            long version;
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                version = result.getLong(1);
            }
            endRead(connection);
            return version;
        } catch (SQLException e) {
            throw failure("cannot read the version of project " + project, e);
        }
    }

    @Override
    public AppendResult append(ProjectId project, long expectedVersion, List<RecordedEvent> events) {
        EventStore.checkAppend(project, expectedVersion, events);
        boolean one = events.size() == 1;
        boolean sent = false;
        try (Connection connection = dataSource.getConnection()) {
            boolean auto = connection.getAutoCommit();
            try (PreparedStatement statement = connection.prepareStatement(one ? APPEND_ONE : APPEND)) {
                statement.setString(1, project.value());
                statement.setString(2, project.value());
                int next;
                if (one) {
                    statement.setLong(3, expectedVersion + 1);
                    statement.setString(4, EventJson.write(events.get(0)));
                    next = 5;
                } else {
                    Long[] versions = new Long[events.size()];
                    String[] lines = new String[events.size()];
                    for (int i = 0; i < events.size(); i++) {
                        versions[i] = expectedVersion + 1 + i;
                        lines[i] = EventJson.write(events.get(i));
                    }
                    Array versionArray = connection.createArrayOf("bigint", versions);
                    Array lineArray = connection.createArrayOf("text", lines);
                    statement.setArray(3, versionArray);
                    statement.setArray(4, lineArray);
                    next = 5;
                }
                statement.setLong(next, expectedVersion);
                long current;
                long inserted;
                sent = true;
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    current = result.getLong(1);
                    inserted = result.getLong(2);
                }
                if (!auto) {
                    connection.commit();
                }
                if (inserted == events.size()) {
                    notifier().appended();
                    return new AppendResult.Appended(expectedVersion + events.size());
                }
                // Nothing was inserted: the version had moved on, or another instance won the race
                // for this version just now (then the version read before it committed is stale).
                return new AppendResult.Conflict(expectedVersion, current == expectedVersion ? version(project) : current);
            } catch (SQLException e) {
                if (!auto) {
                    rollbackQuietly(connection, e);
                }
                if (Failures.isUniqueViolation(e)) {
                    // Another instance appended this version first and has committed: a conflict.
                    return new AppendResult.Conflict(expectedVersion, version(project));
                }
                throw e;
            }
        } catch (SQLException e) {
            String what = "cannot append " + events.size() + " event(s) to project " + project + " at version "
                    + expectedVersion;
            if (sent && Failures.isConnectionLost(e)) {
                // The connection broke after the append was sent: the server may have committed it
                // before the answer was lost, so "nothing was appended" could be untrue.
                throw failure(what + "; the connection was lost before the database answered, so whether the "
                        + "events were appended is unknown: read the project's version to find out", e);
            }
            throw failure(what + "; nothing was appended", e);
        }
    }

    @Override
    public Optional<AlwaysEventProject> snapshot(ProjectId project) {
        Objects.requireNonNull(project, "project");
        String text = null;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SNAPSHOT)) {
            statement.setString(1, project.value());
            try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                    text = result.getString(1);
                }
            }
            endRead(connection);
        } catch (SQLException e) {
            throw failure("cannot read the snapshot of project " + project, e);
        }
        if (text == null) {
            return Optional.empty();
        }
        try {
            AlwaysEventProject snapshot = EventJson.readSnapshot(text);
            // A snapshot is only an optimisation: one that does not match its row is ignored.
            return snapshot.id().equals(project) ? Optional.of(snapshot) : Optional.empty();
        } catch (EventFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void saveSnapshot(AlwaysEventProject project) {
        Objects.requireNonNull(project, "project");
        if (project.version() > version(project.id())) {
            throw new IllegalArgumentException("a snapshot of " + project.id() + " at version " + project.version()
                    + " is newer than its log");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SAVE_SNAPSHOT)) {
            boolean auto = connection.getAutoCommit();
            statement.setString(1, project.id().value());
            statement.setLong(2, project.version());
            statement.setString(3, EventJson.writeSnapshot(project));
            statement.executeUpdate();
            if (!auto) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw failure("cannot save the snapshot of project " + project.id() + " at version " + project.version(), e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>In this store an erasure is one transaction: it locks the project's rows, updates the
     * erased events' rows in place, inserts the {@code WordsErasedEvent} at the next version and
     * replaces the project's snapshot with a tombstone that holds no text (a snapshot saved later
     * from an older copy of the project can never overwrite it). A concurrent append that takes
     * the next version first makes the insert fail on the (project, version) key: the transaction
     * is rolled back and the erasure worked out again on the longer log, so the append is kept and
     * its words are erased too if they are chosen. Subscribers hear the {@code WordsErasedEvent}
     * through the feed; the rewritten rows keep their feed positions. PostgreSQL keeps the old row
     * versions until {@code VACUUM} and may keep the words in its write-ahead log and in backups:
     * see the README.
     */
    @Override
    public ErasureResult erase(Erasure erasure) {
        Objects.requireNonNull(erasure, "erasure");
        ProjectId project = erasure.project();
        for (int attempt = 1;; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                boolean auto = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    Erasure.Rewrite rewrite = erasure.rewrite(lockedLog(connection, project));
                    Optional<RecordedEvent> audit = rewrite.audit();
                    if (audit.isPresent()) {
                        try (PreparedStatement update = connection.prepareStatement(ERASE_REWRITE)) {
                            for (RecordedEvent event : rewrite.changed()) {
                                update.setString(1, EventJson.write(event));
                                update.setString(2, project.value());
                                update.setLong(3, event.version());
                                update.addBatch();
                            }
                            update.executeBatch();
                        }
                        try (PreparedStatement insert = connection.prepareStatement(ERASE_AUDIT)) {
                            insert.setString(1, project.value());
                            insert.setLong(2, audit.get().version());
                            insert.setString(3, EventJson.write(audit.get()));
                            insert.executeUpdate();
                        }
                        try (PreparedStatement tombstone = connection.prepareStatement(ERASE_SNAPSHOT)) {
                            tombstone.setString(1, project.value());
                            tombstone.setLong(2, audit.get().version());
                            tombstone.executeUpdate();
                        }
                    }
                    connection.commit();
                    if (audit.isPresent()) {
                        notifier().appended();
                    }
                    return rewrite.result();
                } catch (SQLException e) {
                    rollbackQuietly(connection, e);
                    if (Failures.isUniqueViolation(e) && attempt < ERASE_ATTEMPTS) {
                        continue; // an append took the next version first: work the erasure out again
                    }
                    throw e;
                } finally {
                    connection.setAutoCommit(auto);
                }
            } catch (SQLException e) {
                throw failure("cannot erase words from project " + project + "; nothing was changed", e);
            }
        }
    }

    private static List<RecordedEvent> lockedLog(Connection connection, ProjectId project) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ERASE_READ)) {
            statement.setString(1, project.value());
            List<RecordedEvent> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(decode(project, rows.getLong(1), rows.getString(2), events.size() + 1));
                }
            }
            return events;
        }
    }

    @Override
    public List<ProjectId> projects() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(PROJECTS);
                ResultSet rows = statement.executeQuery()) {
            List<ProjectId> found = new ArrayList<>();
            while (rows.next()) {
                String id = rows.getString(1);
                if (ProjectId.problemWith(id) == null) {
                    found.add(ProjectId.of(id));
                }
            }
            endRead(connection);
            return List.copyOf(found);
        } catch (SQLException e) {
            throw failure("cannot list the projects", e);
        }
    }

    /**
     * Follows every event committed after the one at {@code afterPosition} (0: from the first
     * event), by this or any other instance, on a thread of its own, until the subscription is
     * closed (or this store is).
     *
     * @param afterPosition the position of the last event already handled, or 0
     * @param listener told about each event, once, in the feed's order
     * @return the running subscription
     * @throws IllegalArgumentException if no event has position {@code afterPosition}
     * @throws EventStoreException if the database cannot be reached
     */
    public Subscription subscribe(long afterPosition, CommittedEventListener listener) {
        Objects.requireNonNull(listener, "listener");
        String transaction = "0";
        if (afterPosition < 0) {
            throw new IllegalArgumentException("a feed position is 0 or more: " + afterPosition);
        }
        if (afterPosition > 0) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(TRANSACTION_AT)) {
                statement.setLong(1, afterPosition);
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalArgumentException("no event has position " + afterPosition);
                    }
                    transaction = result.getString(1);
                }
                endRead(connection);
            } catch (SQLException e) {
                throw failure("cannot subscribe to the feed after position " + afterPosition, e);
            }
        }
        Subscription subscription = new Subscription(dataSource, afterPosition, transaction, listener, recheck);
        subscriptions.add(subscription);
        subscription.start();
        return subscription;
    }

    /**
     * The position of the last event that the feed can deliver now (0 if none): subscribe after
     * it to hear only what is committed from now on.
     *
     * @return the position
     * @throws EventStoreException if the database cannot be reached
     */
    public long feedPosition() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(FEED_POSITION);
                ResultSet result = statement.executeQuery()) {
            long position = result.next() ? result.getLong(1) : 0;
            endRead(connection);
            return position;
        } catch (SQLException e) {
            throw failure("cannot read the feed's position", e);
        }
    }

    private synchronized Notifier notifier() {
        if (notifier == null) {
            notifier = new Notifier(dataSource);
        }
        return notifier;
    }

    /** Closes the subscriptions this store started; the data source is the caller's to close. */
    @Override
    public void close() {
        synchronized (this) {
            if (notifier != null) {
                notifier.close();
                notifier = null;
            }
        }
        for (Subscription subscription : List.copyOf(subscriptions)) {
            subscription.close();
            subscriptions.remove(subscription);
        }
    }

    @Override
    public String toString() {
        return "PostgresEventStore[" + subscriptions.size() + " subscriptions]";
    }

    private static RecordedEvent decode(ProjectId project, long version, String json, long expected) {
        RecordedEvent event;
        try {
            event = EventJson.read(json);
        } catch (EventFormatException e) {
            throw new EventStoreException("the PostgreSQL event store holds an unreadable event for project " + project
                    + " at version " + version + ": " + e.getMessage(), e);
        }
        if (!event.projectId().equals(project) || event.version() != version || version != expected) {
            throw new EventStoreException("the PostgreSQL event store's row for project " + project + " version " + version
                    + " holds the event of " + event.projectId() + " version " + event.version() + " (expected version "
                    + expected + "); the log is damaged");
        }
        return event;
    }

    /** Ends a read on a connection that is not in auto-commit mode, so no transaction is left open. */
    private static void endRead(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static void rollbackQuietly(Connection connection, SQLException failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static EventStoreException failure(String what, SQLException e) {
        String message = "PostgreSQL event store: " + what + ": " + Failures.describe(e);
        SQLException cause = Failures.safeCause(e);
        return cause == null ? new EventStoreException(message) : new EventStoreException(message, cause);
    }
}
