package uk.nhs.coproduction.alwaysevents.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * The feed's connection ended by the server ({@code pg_terminate_backend}, as an administrator or
 * a failover would): the subscription reconnects, listens again and misses nothing.
 */
class FeedReconnectTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    /** Long enough that only a notification, never the safety re-check, can wake the feed in a test. */
    private static final Duration NO_RECHECK = Duration.ofMinutes(10);

    private static final String OTHER_CLIENTS = "SELECT pid, query FROM pg_stat_activity WHERE datname = current_database()"
            + " AND pid <> pg_backend_pid() AND backend_type = 'client backend'";

    @Test
    void aSubscriptionWhoseConnectionIsTerminatedReconnectsListensAgainAndMissesNothing() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), this::terminateThreeTimes,
                "the feed did not recover from pg_terminate_backend within 120 s");
    }

    private void terminateThreeTimes() throws Exception {
        TestDatabase database = TestPostgres.newDatabase();
        DataSource admin = database.newDataSource();
        ProjectId project = ProjectId.of("terminated");
        List<CommittedEvent> heard = new CopyOnWriteArrayList<>();
        try (PostgresEventStore store = PostgresEventStore.open(database.dataSource(), NO_RECHECK);
                Subscription subscription = store.subscribe(0, heard::add)) {
            store.append(project, 0, TestEvents.after(project, 0, 5));
            awaitHeard(heard, 5);
            long version = 5;
            for (int round = 1; round <= 3; round++) {
                int feedBackend = awaitWaitingFeed(admin, -1);
                assertThat(terminate(admin, feedBackend)).as("round %d: the feed's backend was terminated", round).isTrue();

                // Committed while the feed reconnects: it must read them when it is back.
                store.append(project, version, TestEvents.after(project, version, 3));
                version += 3;
                int again = awaitWaitingFeed(admin, feedBackend);
                assertThat(again).as("round %d: the feed is on a new connection", round).isNotEqualTo(feedBackend);
                awaitHeard(heard, (int) version);

                // Committed after it is back and idle: only a NOTIFY can wake it (no re-check for 10 minutes),
                // so it is listening again.
                store.append(project, version, TestEvents.after(project, version, 2));
                version += 2;
                awaitHeard(heard, (int) version);
            }
            assertThat(heard).extracting(CommittedEvent::event).containsExactlyElementsOf(store.read(project).events());
            assertThat(heard).extracting(CommittedEvent::position).isSorted().doesNotHaveDuplicates();
            assertThat(subscription.isRunning()).isTrue();
        }
    }

    private static void awaitHeard(List<CommittedEvent> heard, int count) {
        Await.until("the feed to deliver " + count + " events", LIMIT, () -> "heard " + heard.size(),
                () -> heard.size() >= count);
        assertThat(heard).as("no event delivered twice").hasSize(count);
    }

    /**
     * Waits until the only other client of the database is the feed, idle after its check for
     * waiting events (so it has read what there was and waits on LISTEN), on a backend other than
     * {@code not}; returns its process id.
     */
    private static int awaitWaitingFeed(DataSource admin, int not) {
        List<String> seen = new ArrayList<>();
        int[] found = {-1};
        Await.until("the feed to (re)connect and wait", LIMIT, () -> "other clients: " + seen, () -> {
            seen.clear();
            found[0] = -1;
            try (Connection c = admin.getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery(OTHER_CLIENTS + " AND state = 'idle'")) {
                while (rows.next()) {
                    seen.add(rows.getInt(1) + ": " + rows.getString(2));
                    if (rows.getInt(1) != not && rows.getString(2).startsWith("SELECT EXISTS")) {
                        found[0] = rows.getInt(1);
                    }
                }
            } catch (SQLException e) {
                seen.add(e.getMessage());
            }
            return found[0] > 0;
        });
        return found[0];
    }

    private static boolean terminate(DataSource admin, int pid) throws SQLException {
        try (Connection c = admin.getConnection(); Statement s = c.createStatement();
                ResultSet result = s.executeQuery("SELECT pg_terminate_backend(" + pid + ")")) {
            result.next();
            return result.getBoolean(1);
        }
    }
}
