package uk.nhs.coproduction.alwaysevents.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * The feed orders by transaction id as a number. Found by {@link KillNineTest}: a feed that read
 * a whole log at once delivered transaction 1001's event before transaction 999's, because its
 * query sorted the id as text, and then delivered most of the log again.
 */
class FeedOrderTest {

    @Test
    void transactionIdsWithMoreDigitsComeAfterThoseWithFewer() throws Exception {
        TestDatabase database = TestPostgres.newDatabase();
        ProjectId project = ProjectId.of("digits");
        List<Long> transactions = List.of(9L, 10L, 99L, 100L);
        try (PostgresEventStore store = PostgresEventStore.open(database.dataSource())) {
            insert(database, project, transactions);
            List<CommittedEvent> heard = new CopyOnWriteArrayList<>();
            try (Subscription feed = store.subscribe(0, heard::add)) {
                Await.until("the feed to deliver " + transactions.size() + " events", Duration.ofSeconds(20),
                        () -> "heard " + heard.size(), () -> heard.size() >= transactions.size());
                assertThat(feed.isRunning()).isTrue();
            }
            assertThat(heard).extracting(c -> c.event().version()).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    /**
     * Inserts one event per transaction id, as if committed by those (long finished) transactions:
     * ids below any a fresh cluster hands out after initdb, so the feed treats them as committed.
     */
    private static void insert(TestDatabase database, ProjectId project, List<Long> transactions) throws SQLException {
        try (Connection c = database.newDataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO always_events_event (transaction_id, project_id, version, event_json) VALUES (?::text::xid8, ?, ?, ?)")) {
            for (int i = 0; i < transactions.size(); i++) {
                insert.setString(1, Long.toString(transactions.get(i)));
                insert.setString(2, project.value());
                insert.setLong(3, i + 1);
                insert.setString(4, EventJson.write(TestEvents.event(project, i + 1)));
                insert.executeUpdate();
            }
        }
    }
}
