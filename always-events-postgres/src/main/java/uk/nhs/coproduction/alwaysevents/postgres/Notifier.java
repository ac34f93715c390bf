package uk.nhs.coproduction.alwaysevents.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Wakes the feeds of every instance after appends, from a thread of its own: one
 * {@code NOTIFY} for however many appends committed since the last one.
 *
 * <p>The notification is sent after the append's transaction, not inside it: PostgreSQL makes
 * committing transactions that notify take turns, so notifying inside every append would put
 * concurrent writers' commits (and their fsyncs) in single file. A notification lost (the
 * instance stops between commit and notify) costs the other instances at most their safety
 * re-check interval, never an event.
 */
final class Notifier {

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
                statement.execute("NOTIFY " + Subscription.CHANNEL);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException e) {
                // The feeds' safety re-check finds the events; the next append notifies again.
            }
        }
    }
}
