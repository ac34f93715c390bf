package uk.nhs.coproduction.alwaysevents.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * Two instances of a service on one database, each with its own data source: racing appends,
 * and each hearing the other's events through the feed, exactly once and in order, including
 * an event whose transaction began first but committed last.
 */
class TwoInstancesTest {

    private TestDatabase database;
    private PostgresEventStore first;
    private PostgresEventStore second;

    @BeforeEach
    void open() {
        database = TestPostgres.newDatabase();
        first = PostgresEventStore.open(database.dataSource());
        second = PostgresEventStore.open(database.newDataSource());
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void ofTwoInstancesAppendingTheSameVersionExactlyOneSucceedsAndTheOtherGetsAConflict() throws Exception {
        ProjectId project = ProjectId.of("raced");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<RecordedEvent> winners = new ArrayList<>();
            for (long version = 0; version < 20; version++) {
                long expected = version;
                CyclicBarrier start = new CyclicBarrier(2);
                RecordedEvent fromFirst = TestEvents.event(project, expected + 1, Actor.of("instance-1"));
                RecordedEvent fromSecond = TestEvents.event(project, expected + 1, Actor.of("instance-2"));
                Future<AppendResult> a = pool.submit((Callable<AppendResult>) () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return first.append(project, expected, List.of(fromFirst));
                });
                Future<AppendResult> b = pool.submit((Callable<AppendResult>) () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return second.append(project, expected, List.of(fromSecond));
                });
                AppendResult ra = a.get(30, TimeUnit.SECONDS);
                AppendResult rb = b.get(30, TimeUnit.SECONDS);

                assertThat(List.of(ra, rb)).containsExactlyInAnyOrder(new AppendResult.Appended(expected + 1),
                        new AppendResult.Conflict(expected, expected + 1));
                winners.add(ra.isAppended() ? fromFirst : fromSecond);
            }
            assertThat(first.read(project).events()).containsExactlyElementsOf(winners);
            assertThat(second.read(project).events()).containsExactlyElementsOf(winners);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachInstanceHearsEveryEventTheOtherCommitsOnceAndInOrder() throws Exception {
        List<CommittedEvent> heardBySecond = new CopyOnWriteArrayList<>();
        List<CommittedEvent> heardByFirst = new CopyOnWriteArrayList<>();
        try (Subscription s2 = second.subscribe(0, heardBySecond::add); Subscription s1 = first.subscribe(0, heardByFirst::add)) {
            ProjectId a = ProjectId.of("heard-a");
            ProjectId b = ProjectId.of("heard-b");
            first.append(a, 0, TestEvents.after(a, 0, 3));
            second.append(b, 0, TestEvents.after(b, 0, 2));
            first.append(b, 2, TestEvents.after(b, 2, 1));
            second.append(a, 3, TestEvents.after(a, 3, 2));

            await(() -> heardBySecond.size() >= 8 && heardByFirst.size() >= 8);
            for (List<CommittedEvent> heard : List.of(heardBySecond, heardByFirst)) {
                assertThat(heard).hasSize(8);
                assertThat(heard.stream().map(CommittedEvent::position).distinct()).hasSize(8);
                assertThat(heard.stream().map(CommittedEvent::event).filter(e -> e.projectId().equals(a)).toList())
                        .containsExactlyElementsOf(TestEvents.after(a, 0, 5));
                assertThat(heard.stream().map(CommittedEvent::event).filter(e -> e.projectId().equals(b)).toList())
                        .containsExactlyElementsOf(TestEvents.after(b, 0, 3));
            }
            assertThat(heardByFirst).containsExactlyElementsOf(heardBySecond);
            assertThat(s1.lastPosition()).isEqualTo(heardByFirst.get(7).position());
            assertThat(s2.isRunning()).isTrue();
        }
    }

    @Test
    void anEventWhoseTransactionCommitsLateIsDeliveredNotSkipped() throws Exception {
        List<CommittedEvent> heard = Collections.synchronizedList(new ArrayList<>());
        ProjectId late = ProjectId.of("late-committer");
        ProjectId early = ProjectId.of("early-committer");
        try (Subscription subscription = second.subscribe(0, heard::add);
                Connection open = database.newDataSource().getConnection()) {
            // Another instance, mid-append: its transaction inserts first (the lower position) ...
            open.setAutoCommit(false);
            try (PreparedStatement insert = open.prepareStatement(
                    "INSERT INTO always_events_event (project_id, version, event_json) VALUES (?, 1, ?)")) {
                insert.setString(1, late.value());
                insert.setString(2, EventJson.write(TestEvents.event(late, 1)));
                insert.executeUpdate();
            }
            try (Statement notify = open.createStatement()) {
                notify.execute("SELECT pg_notify('always_events', '')");
            }
            // ... while this instance's append commits first, with a higher position.
            assertThat(first.append(early, 0, TestEvents.after(early, 0, 1)).isAppended()).isTrue();
            Thread.sleep(300);
            // A reader that took every committed row by position would have delivered the early
            // event and then skipped the late one for good; this feed holds back until it commits.
            assertThat(heard).isEmpty();

            open.commit();
            await(() -> heard.size() >= 2);

            assertThat(heard).extracting(c -> c.event().projectId()).containsExactly(late, early);
            assertThat(heard.get(0).position()).isLessThan(heard.get(1).position());
            assertThat(subscription.isRunning()).isTrue();
        }
    }

    @Test
    void aSubscriptionResumesAfterAPositionAndRefusesOneThatIsNotThere() throws Exception {
        ProjectId project = ProjectId.of("resumed");
        first.append(project, 0, TestEvents.after(project, 0, 5));
        List<CommittedEvent> all = new CopyOnWriteArrayList<>();
        try (Subscription everything = second.subscribe(0, all::add)) {
            await(() -> all.size() >= 5);
        }
        List<CommittedEvent> rest = new CopyOnWriteArrayList<>();
        try (Subscription resumed = second.subscribe(all.get(2).position(), rest::add)) {
            first.append(project, 5, TestEvents.after(project, 5, 1));
            await(() -> rest.size() >= 3);
            assertThat(rest).extracting(c -> c.event().version()).containsExactly(4L, 5L, 6L);
        }
        assertThat(second.feedPosition()).isEqualTo(rest.get(2).position());
        assertThatThrownBy(() -> second.subscribe(987654321L, all::add)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("987654321");
    }

    @Test
    void aListenerThatThrowsStopsItsSubscriptionAndSaysWhy() throws Exception {
        ProjectId project = ProjectId.of("failing-listener");
        List<Long> heard = new CopyOnWriteArrayList<>();
        Subscription subscription = second.subscribe(0, event -> {
            if (event.event().version() == 2) {
                throw new IllegalStateException("the search index is down");
            }
            heard.add(event.event().version());
        });
        first.append(project, 0, TestEvents.after(project, 0, 3));
        await(() -> !subscription.isRunning());

        assertThat(heard).containsExactly(1L);
        assertThat(subscription.failure()).hasValueSatisfying(f -> assertThat(f).hasMessage("the search index is down"));
        List<Long> again = new CopyOnWriteArrayList<>();
        try (Subscription resumed = second.subscribe(subscription.lastPosition(), e -> again.add(e.event().version()))) {
            await(() -> again.size() >= 2);
            assertThat(again).containsExactly(2L, 3L);
        }
    }

    @Test
    void aDamagedRowIsReportedWithTheProjectAndVersionButNotItsText() throws SQLException {
        ProjectId project = ProjectId.of("damaged");
        first.append(project, 0, TestEvents.after(project, 0, 1));
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO always_events_event (project_id, version, event_json) VALUES (?, 2, ?)")) {
            insert.setString(1, project.value());
            insert.setString(2, "{\"schemaVersion\":1,\"projectId\":\"damaged\",\"version\":\"Jane Doe, 07700 900123\"}");
            insert.executeUpdate();
        }

        assertThatThrownBy(() -> second.read(project)).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("project damaged").hasMessageContaining("version 2")
                .hasMessageNotContaining("Jane Doe").hasMessageNotContaining("07700");
    }

    @Test
    void anUnreachableDatabaseIsAClearErrorThatNamesWhatFailed() {
        org.postgresql.ds.PGSimpleDataSource nowhere = new org.postgresql.ds.PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2");

        assertThatThrownBy(() -> PostgresEventStore.open(nowhere)).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("PostgreSQL event store").hasMessageContaining("schema").hasMessageContaining("SQL state");
    }

    /** Waits (up to 20 s) for {@code condition}; the assertions after it say what was expected. */
    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
