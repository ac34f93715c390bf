package uk.nhs.coproduction.alwaysevents.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Wakes the feeds of every instance after appends, from a thread of its own: one
 * {@code NOTIFY} for however many appends committed since the last one, at most one every
 * {@value #GAP_MILLIS} ms.
 *
 * <p>The notification is sent after the append's transaction, not inside it: PostgreSQL makes
 * committing transactions that notify take turns, so notifying inside every append would put
 * concurrent writers' commits (and their fsyncs) in single file. A notification lost (the
 * instance stops between commit and notify) costs the other instances at most their safety
 * re-check interval, never an event.
 */
final class Notifier {

    /** The least time between two notifications. */
    static final long GAP_MILLIS = 10;

    private final DataSource dataSource;
    private final Thread thread;
    private boolean pending;
    private boolean closed;

    Notifier(DataSource dataSource) {
        this.dataSource = dataSource;
        this.thread = new Thread(this::run, "always-events-notify");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Asks for a notification soon. */
    synchronized void appended() {
        pending = true;
        notifyAll();
    }

    /** Sends what is pending and stops. */
    void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits {@value #GAP_MILLIS} ms after a notification, so that appends in the meantime share the
     * next one: under load the store sends at most a hundred or so a second.
     */
    private void pause() {
        try {
            Thread.sleep(GAP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            synchronized (this) {
                while (!pending && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (!pending) {
                    return;
                }
                pending = false;
            }
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                if (connection.getAutoCommit()) {
                    // One round trip. A NOTIFY takes a transaction id, so its commit would wait for a
                    // WAL flush like an append's; nothing is lost if this one is not durable.
                    statement.execute("BEGIN; SET LOCAL synchronous_commit TO OFF; NOTIFY " + Subscription.CHANNEL + "; COMMIT");
                } else {
                    statement.execute("SET LOCAL synchronous_commit TO OFF");
                    statement.execute("NOTIFY " + Subscription.CHANNEL);
                    connection.commit();
                }
            } catch (SQLException e) {
                // The feeds' safety re-check finds the events; the next append notifies again.
            }
            pause();
        }
    }
}
