package uk.nhs.coproduction.alwaysevents.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * The database restarted under load (issue 9): while a writer appends in a loop and a subscriber
 * listens, the PostgreSQL server is stopped and started again on the same data and port. Appends
 * during the outage fail with a clear {@link EventStoreException}; no acknowledged append is
 * lost; once the server is back the same store, on the same data source, appends again; and the
 * same subscription reconnects and delivers every committed event exactly once, in order,
 * including those committed before it had reconnected.
 */
class DatabaseRestartTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void anOutageIsAClearErrorAndTheSameStoreAndFeedRecoverWithNothingLostOrRepeated() {
        assertTimeoutPreemptively(Duration.ofSeconds(180), this::restartUnderLoad,
                "the store or its feed did not recover from a database restart within 180 s");
    }

    private void restartUnderLoad() throws Exception {
        TestDatabase database = TestPostgres.newDatabase();
        ProjectId project = ProjectId.of("restarted");
        List<CommittedEvent> heard = new CopyOnWriteArrayList<>();
        Writer writer;
        try (PostgresEventStore store = PostgresEventStore.open(database.dataSource());
                Subscription subscription = store.subscribe(0, heard::add)) {
            writer = new Writer(store, project);
            Thread thread = new Thread(writer, "restart-test-writer");
            thread.start();
            try {
                Await.until("50 appends before the outage", LIMIT, writer::state, () -> writer.acknowledged.size() >= 50);
                TestPostgres.stopServer();
                int failedBefore = writer.failures.size();
                try {
                    Await.until("appends to fail while the server is stopped", LIMIT, writer::state,
                            () -> writer.failures.size() >= failedBefore + 5);
                } finally {
                    TestPostgres.startServer();
                }
                int acknowledgedAtRestart = writer.acknowledged.size();
                Await.until("50 appends on the same store after the restart", LIMIT, writer::state,
                        () -> writer.acknowledged.size() >= acknowledgedAtRestart + 50);
            } finally {
                writer.stop.set(true);
                thread.join(LIMIT.toMillis());
            }
            assertThat(thread.isAlive()).as("the writer stopped").isFalse();
            assertThat(writer.unexpected).as("failures other than EventStoreException").isEmpty();

            // Appends during the outage failed clearly: one line naming what failed and the SQL state.
            assertThat(writer.failures).isNotEmpty().allSatisfy(failure -> {
                assertThat(failure.getMessage()).startsWith("PostgreSQL event store: cannot ")
                        .contains("project restarted").containsPattern("SQL state (08\\d{3}|57P\\d{2})").doesNotContain("\n");
                assertThat(failure.getCause()).satisfiesAnyOf(cause -> assertThat(cause).isNull(),
                        cause -> assertThat(cause).isInstanceOf(SQLException.class));
            });

            // Nothing acknowledged is lost; nothing refused is there; versions are 1..N.
            List<RecordedEvent> log = store.read(project).events();
            for (int i = 0; i < log.size(); i++) {
                assertThat(log.get(i).version()).as("the version at index " + i).isEqualTo(i + 1);
            }
            Set<String> present = ConcurrentHashMap.newKeySet();
            for (RecordedEvent event : log) {
                assertThat(present.add(event.actor().value())).as("each attempt appended at most once").isTrue();
            }
            assertThat(present).containsAll(writer.acknowledged.keySet());
            for (RecordedEvent event : log) {
                String attempt = event.actor().value();
                assertThat(writer.acknowledged.containsKey(attempt) || writer.inDoubt.contains(attempt))
                        .as("%s is in the log but was never acknowledged (nor reported as of unknown outcome)", attempt)
                        .isTrue();
                if (writer.acknowledged.containsKey(attempt)) {
                    assertThat(event).isEqualTo(writer.acknowledged.get(attempt));
                }
            }

            // The same subscription came back and delivered everything once, in commit order.
            Await.until("the feed to deliver all " + log.size() + " events", LIMIT,
                    () -> "heard " + heard.size() + ", running " + subscription.isRunning(), () -> heard.size() >= log.size());
            assertThat(heard).extracting(CommittedEvent::event).containsExactlyElementsOf(log);
            assertThat(heard).extracting(CommittedEvent::position).isSorted().doesNotHaveDuplicates();
            assertThat(subscription.isRunning()).isTrue();
            assertThat(subscription.failure()).isEmpty();
        }
    }

    /** Appends one event after another, each from a new attempt, until stopped. */
    private static final class Writer implements Runnable {
        final PostgresEventStore store;
        final ProjectId project;
        final AtomicBoolean stop = new AtomicBoolean();
        final Map<String, RecordedEvent> acknowledged = new ConcurrentHashMap<>();
        final Set<String> inDoubt = ConcurrentHashMap.newKeySet();
        final List<EventStoreException> failures = new CopyOnWriteArrayList<>();
        final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        final AtomicInteger attempts = new AtomicInteger();

        Writer(PostgresEventStore store, ProjectId project) {
            this.store = store;
            this.project = project;
        }

        @Override
        public void run() {
            long version = 0;
            boolean stale = false;
            while (!stop.get()) {
                try {
                    if (stale) {
                        version = store.version(project);
                        stale = false;
                    }
                    String attempt = "attempt-" + attempts.incrementAndGet();
                    RecordedEvent event = TestEvents.event(project, version + 1, Actor.of(attempt));
                    try {
                        AppendResult result = store.append(project, version, List.of(event));
                        if (result instanceof AppendResult.Appended appended) {
                            acknowledged.put(attempt, event);
                            version = appended.version();
                        } else {
                            stale = true;
                        }
                    } catch (EventStoreException e) {
                        if (e.getMessage().contains("unknown")) {
                            inDoubt.add(attempt);
                        }
                        throw e;
                    }
                } catch (EventStoreException e) {
                    failures.add(e);
                    stale = true;
                    pause();
                } catch (RuntimeException e) {
                    unexpected.add(e);
                    return;
                }
            }
        }

        private static void pause() {
            try {
                Thread.sleep(20);   // not an assertion: the outage is not spun on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String state() {
            return "attempts " + attempts.get() + ", acknowledged " + acknowledged.size() + ", failed " + failures.size()
                    + new ArrayList<>(failures.subList(Math.max(0, failures.size() - 1), failures.size()))
                    .stream().map(Throwable::getMessage).toList();
        }
    }
}
