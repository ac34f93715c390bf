package uk.nhs.coproduction.alwaysevents.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import uk.nhs.coproduction.alwaysevents.postgres.internal.Failures;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.EventFormatException;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;

/**
 * A running feed of committed events from a {@link PostgresEventStore}, on a thread of its own
 * with a connection of its own, made by {@link PostgresEventStore#subscribe(long,
 * CommittedEventListener)}.
 *
 * <h2>How it reads</h2>
 * Events are read in (transaction id, position) order, and only from transactions older than
 * every transaction still running ({@code pg_snapshot_xmin(pg_current_snapshot())}): a
 * transaction that began earlier but commits later is therefore never skipped, and each event is
 * delivered exactly once. The thread waits on {@code LISTEN} between reads; a {@code NOTIFY}
 * follows every append's commit. While events are known to be waiting behind a running
 * transaction it re-reads after a short, growing pause (up to half a second), and otherwise
 * re-checks every so often (the store's safety re-check) in case a notification was missed.
 *
 * <h2>When the database goes away</h2>
 * If its connection is lost (the server restarts, or the connection is ended), the subscription
 * keeps running: it reconnects, after a pause that grows from 50 ms to at most 2 s while the
 * database cannot be reached, listens again, and reads on after the last event it delivered, so
 * the events committed meanwhile are delivered too, each once. The loss and the recovery are
 * logged (through {@link System.Logger}, as {@code WARNING} and {@code INFO}, under this class's
 * name) with the feed's position and the database's SQL state, never an event's content. Only
 * {@link #close()} or a listener's exception stops it.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Subscription implements AutoCloseable {

    static final String CHANNEL = "always_events";
    private static final int BATCH = 1000;
    private static final int LONGEST_PENDING_PAUSE_MILLIS = 500;
    private static final long FIRST_RETRY_MILLIS = 50;
    private static final long LONGEST_RETRY_MILLIS = 2000;
    private static final System.Logger LOG = System.getLogger(Subscription.class.getName());

    // The transaction id is read as text under another name: an output column named
    // transaction_id would be what ORDER BY transaction_id sorts, as text ("10" before "9").
    private static final String FETCH = "SELECT e.position, e.transaction_id::text AS transaction_text, e.event_json"
            + " FROM always_events_event e"
            + " WHERE (e.transaction_id, e.position) > (?::xid8, ?) AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())"
            + " ORDER BY e.transaction_id, e.position LIMIT " + BATCH;
    private static final String PENDING = "SELECT EXISTS (SELECT 1 FROM always_events_event"
            + " WHERE (transaction_id, position) > (?::xid8, ?))";

    private final DataSource dataSource;
    private final CommittedEventListener listener;
    private final Duration recheck;
    private final Thread thread;
    private volatile long lastPosition;
    private String lastTransaction;
    private volatile boolean closed;
    private volatile @Nullable Throwable failure;
    private volatile @Nullable Connection connection;
    private final String stopChannel = "always_events_stop_" + UUID.randomUUID().toString().replace("-", "");

    Subscription(DataSource dataSource, long afterPosition, String afterTransaction, CommittedEventListener listener,
            Duration recheck) {
        this.dataSource = dataSource;
        this.listener = listener;
        this.recheck = recheck;
        this.lastPosition = afterPosition;
        this.lastTransaction = afterTransaction;
        this.thread = new Thread(this::run, "always-events-feed");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * The position of the last event delivered (or the position subscribed after, before any).
     *
     * @return the position
     */
    public long lastPosition() {
        return lastPosition;
    }

    /**
     * Whether the subscription still delivers events: not closed and not stopped by a failure.
     *
     * @return true while it runs
     */
    public boolean isRunning() {
        return !closed && thread.isAlive();
    }

    /**
     * What stopped the subscription: the listener's exception, or an event that could not be
     * read. Empty while it runs and after a plain {@link #close()}.
     *
     * @return the failure, if any
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Stops the subscription and releases its connection; waits briefly for its thread. */
    @Override
    public void close() {
        closed = true;
        // Wake the thread where it waits, through its own channel; if the database cannot be
        // reached, the thread is not waiting on it either.
        try (Connection c = dataSource.getConnection(); PreparedStatement wake = c.prepareStatement("SELECT pg_notify(?, '')")) {
            wake.setString(1, stopChannel);
            wake.execute();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            Connection listening = connection;
            if (listening != null) {
                try {
                    listening.abort(Runnable::run);
                } catch (SQLException ignored) {
                    // the thread notices that it is closed at its next wake-up
                }
            }
        }
        thread.interrupt();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long backoff = 0;
        boolean lost = false;
        while (!closed) {
            boolean listening = false;
            try (Connection c = dataSource.getConnection()) {
                connection = c;
                c.setAutoCommit(true);
                try (Statement statement = c.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                    statement.execute("LISTEN " + stopChannel);
                }
                listening = true;
                if (lost) {
                    LOG.log(System.Logger.Level.INFO, "PostgreSQL event store feed: reconnected and listening again; "
                            + "reading on after position {0}", lastPosition);
                    lost = false;
                }
                backoff = 0;
                follow(c, c.unwrap(PGConnection.class));
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                // The database went away (restarted, or this connection was ended): reconnect,
                // and carry on from the last event delivered, so nothing is missed or repeated.
                backoff = backoff == 0 ? FIRST_RETRY_MILLIS : Math.min(backoff * 2, LONGEST_RETRY_MILLIS);
                if (!lost || listening) {
                    LOG.log(System.Logger.Level.WARNING, "PostgreSQL event store feed: {0} ({1}); reconnecting, "
                            + "retrying with a growing pause of up to {2} ms, to read on after position {3}",
                            listening ? "lost its connection" : "cannot connect", Failures.describe(e),
                            LONGEST_RETRY_MILLIS, lastPosition);
                } else {
                    LOG.log(System.Logger.Level.DEBUG, "PostgreSQL event store feed: still cannot connect ({0}); "
                            + "next try in {1} ms", Failures.describe(e), backoff);
                }
                lost = true;
                pause(backoff);
            } finally {
                connection = null;
            }
        }
    }

    private void follow(Connection c, PGConnection notifications) throws SQLException {
        int pause = 0;
        try (PreparedStatement fetch = c.prepareStatement(FETCH); PreparedStatement pending = c.prepareStatement(PENDING)) {
            while (!closed) {
                int delivered = deliverBatch(fetch);
                if (closed) {
                    return;
                }
                if (delivered == BATCH) {
                    continue;
                }
                pending.setObject(1, lastTransaction, Types.OTHER);
                pending.setLong(2, lastPosition);
                boolean waiting;
                try (ResultSet result = pending.executeQuery()) {
                    result.next();
                    waiting = result.getBoolean(1);
                }
                if (waiting) {
                    pause = Math.min(Math.max(pause * 2, 5), LONGEST_PENDING_PAUSE_MILLIS);
                    notifications.getNotifications(pause);
                } else {
                    pause = 0;
                    notifications.getNotifications((int) Math.max(1, recheck.toMillis()));
                }
            }
        }
    }

    private int deliverBatch(PreparedStatement fetch) throws SQLException {
        fetch.setObject(1, lastTransaction, Types.OTHER);
        fetch.setLong(2, lastPosition);
        int delivered = 0;
        try (ResultSet rows = fetch.executeQuery()) {
            while (rows.next()) {
                long position = rows.getLong(1);
                String transaction = rows.getString(2);
                RecordedEvent event;
                try {
                    event = EventJson.read(rows.getString(3));
                } catch (EventFormatException e) {
                    stop(new EventStoreException("the PostgreSQL event store's feed cannot read the event at position "
                            + position + ": " + e.getMessage(), e));
                    return delivered;
                }
                try {
                    listener.committed(new CommittedEvent(position, event));
                } catch (RuntimeException e) {
                    stop(e);
                    return delivered;
                }
                lastTransaction = transaction;
                lastPosition = position;
                delivered++;
            }
        }
        return delivered;
    }

    private void stop(Throwable cause) {
        failure = cause;
        closed = true;
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    /** Describes the feed by its position; never an event's content. */
    @Override
    public String toString() {
        return "Subscription[after " + lastPosition + (closed ? ", closed" : "") + "]";
    }
}
