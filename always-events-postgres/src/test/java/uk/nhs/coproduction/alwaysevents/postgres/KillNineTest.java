package uk.nhs.coproduction.alwaysevents.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * An instance killed with SIGKILL (issue 9): two instances, each a JVM of its own
 * ({@link AppendingInstance}), append 1,000 events between them to the same projects; one is
 * killed mid-run and the other finishes. Every acknowledged event is there, with its content;
 * each project's versions run 1..N with no gap or duplicate; and a feed delivers every committed
 * event once, in commit order. And an instance killed with a transaction open does not block the
 * others: the server rolls it back when the connection drops.
 *
 * <p>The instances run on the plain classpath (this JVM's class path and module path together),
 * in both of Surefire's runs: what is tested is the store in another process, not how it is
 * loaded.
 */
class KillNineTest {

    private static final int ATTEMPTS = 1000;
    private static final int PROJECTS = 3;
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path logs;

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void anInstanceKilledMidRunLosesNoAcknowledgedEventAndLeavesNoGapOrDuplicate() {
        assertTimeoutPreemptively(Duration.ofSeconds(480), this::killOneOfTwo,
                "two instances appending 1,000 events, one killed, did not finish within 480 s");
    }

    private void killOneOfTwo() throws Exception {
        TestDatabase database = TestPostgres.newDatabase();
        List<CommittedEvent> heard = new CopyOnWriteArrayList<>();
        try (PostgresEventStore store = PostgresEventStore.open(database.dataSource());
                Subscription live = store.subscribe(0, heard::add)) {
            execute(database, "CREATE SEQUENCE kill_test_attempts");
            Instance killed = start(database, "append", "killed", Integer.toString(ATTEMPTS), Integer.toString(PROJECTS));
            Instance survivor = start(database, "append", "survivor", Integer.toString(ATTEMPTS), Integer.toString(PROJECTS));

            Await.until("the instance to be killed to have 100 appends acknowledged", LIMIT, killed::state,
                    () -> killed.acks().size() >= 100 || !killed.process.isAlive());
            assertThat(killed.process.isAlive()).as("still running when killed; %s", killed.state()).isTrue();
            killed.process.destroyForcibly();
            assertThat(killed.process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("killed").isTrue();
            assertThat(killed.lines).as("killed mid-run").doesNotContain("DONE");

            assertThat(survivor.process.waitFor(400, TimeUnit.SECONDS)).as("the survivor finished; %s", survivor.state())
                    .isTrue();
            assertThat(survivor.process.exitValue()).as("the survivor's exit status; %s", survivor.state()).isZero();
            assertThat(survivor.lines).contains("DONE");
            assertThat(survivor.acks()).as("the survivor appended after the kill").hasSizeGreaterThan(ATTEMPTS / 2);

            // Every acknowledged event is in the log with its content, at the version acknowledged.
            Map<String, RecordedEvent> logged = new HashMap<>();
            int total = 0;
            for (int p = 0; p < PROJECTS; p++) {
                ProjectId project = ProjectId.of("p" + p);
                List<RecordedEvent> log = store.read(project).events();
                for (int i = 0; i < log.size(); i++) {
                    RecordedEvent event = log.get(i);
                    assertThat(event.version()).as("%s: versions run 1..N", project).isEqualTo(i + 1);
                    assertThat(logged.put(event.actor().value(), event)).as("attempt %s appended once", event.actor())
                            .isNull();
                    assertThat(event).as("the event's content").isEqualTo(TestEvents.event(project, i + 1, event.actor()));
                }
                total += log.size();
            }
            List<String[]> acks = new ArrayList<>(killed.acks());
            acks.addAll(survivor.acks());
            for (String[] ack : acks) {
                RecordedEvent event = logged.get(ack[3]);
                assertThat(event).as("acknowledged %s is in the log", String.join(" ", ack)).isNotNull();
                assertThat(event.projectId().value() + " " + event.version()).isEqualTo(ack[1] + " " + ack[2]);
            }
            // At most one attempt, the killed instance's last, was committed without being acknowledged;
            // every attempt number was taken, and only the killed one can have left one unfinished.
            Set<String> unacknowledged = new LinkedHashSet<>(logged.keySet());
            acks.forEach(ack -> unacknowledged.remove(ack[3]));
            assertThat(unacknowledged).hasSizeLessThanOrEqualTo(1).allMatch(attempt -> attempt.startsWith("killed-"));
            assertThat(total).isBetween(ATTEMPTS - 1, ATTEMPTS);

            // The live feed, and a new one from position 0, deliver each committed event once in commit order.
            int committed = total;
            List<RecordedEvent> commitOrder = commitOrder(database);
            assertThat(commitOrder).hasSize(total);
            Await.until("the live feed to deliver all " + total + " events", LIMIT, () -> "heard " + heard.size(),
                    () -> heard.size() >= committed);
            assertThat(heard).extracting(CommittedEvent::event).containsExactlyElementsOf(commitOrder);
            List<CommittedEvent> replayed = new CopyOnWriteArrayList<>();
            try (Subscription fromStart = store.subscribe(0, replayed::add)) {
                Await.until("a new feed to deliver all " + total + " events", LIMIT, () -> "heard " + replayed.size(),
                        () -> replayed.size() >= committed);
            }
            assertThat(replayed).containsExactlyElementsOf(heard);
            assertThat(live.isRunning()).isTrue();
        }
    }

    @Test
    void anInstanceKilledWithATransactionOpenDoesNotBlockTheOthers() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), this::killHolder,
                "an append behind a killed instance's open transaction did not finish within 120 s");
    }

    private void killHolder() throws Exception {
        TestDatabase database = TestPostgres.newDatabase();
        ProjectId project = ProjectId.of("held-open");
        try (PostgresEventStore store = PostgresEventStore.open(database.dataSource())) {
            Instance holder = start(database, "hold", project.value());
            Await.until("the other instance to open its transaction", LIMIT, holder::state,
                    () -> holder.lines.contains("OPEN") || !holder.process.isAlive());
            assertThat(holder.lines).as(holder.state()).contains("OPEN");

            RecordedEvent mine = TestEvents.event(project, 1, Actor.of("this-instance"));
            CompletableFuture<AppendResult> append = CompletableFuture.supplyAsync(() -> store.append(project, 0, List.of(mine)));
            // The append waits for the open transaction, which holds version 1 of the project's key.
            Await.until("this instance's append to wait on the other's transaction", LIMIT,
                    () -> "append " + (append.isDone() ? append.join() : "running"), () -> waitingOnALock(database));
            assertThat(append).isNotDone();

            holder.process.destroyForcibly();
            assertThat(append.get(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the append, once the killed instance's "
                    + "transaction was rolled back").isEqualTo(new AppendResult.Appended(1));
            assertThat(store.read(project).events()).containsExactly(mine);
        }
    }

    /** The committed events in the feed's order, read straight from the table. */
    private static List<RecordedEvent> commitOrder(TestDatabase database) throws SQLException {
        List<RecordedEvent> events = new ArrayList<>();
        try (Connection c = database.newDataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT event_json FROM always_events_event ORDER BY transaction_id, position")) {
            while (rows.next()) {
                events.add(EventJson.read(rows.getString(1)));
            }
        }
        return events;
    }

    private static boolean waitingOnALock(TestDatabase database) {
        try (Connection c = database.newDataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                        + " WHERE NOT l.granted AND a.datname = current_database()")) {
            rows.next();
            return rows.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection c = database.newDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Instance start(TestDatabase database, String mode, String... rest) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", classPath(), AppendingInstance.class.getName(), mode,
                database.jdbcUrl(), database.user(), database.password()));
        command.addAll(List.of(rest));
        Path errors = Files.createTempFile(logs, mode, ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        started.add(process);
        Instance instance = new Instance(process, errors);
        Thread reader = new Thread(instance::readOutput, "instance-output");
        reader.setDaemon(true);
        reader.start();
        return instance;
    }

    /**
     * This JVM's class path and module path, with the test classes first, as one class path: in
     * Surefire's module-path run the test classes are patched into the module under test and are
     * on neither.
     */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        try {
            String resource = AppendingInstance.class.getName().replace('.', '/') + ".class";
            Path file = Path.of(AppendingInstance.class.getResource("/" + resource).toURI());
            entries.add(file.toString().substring(0, file.toString().length() - resource.length()));
        } catch (URISyntaxException | RuntimeException e) {
            entries.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        }
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                entries.add(value);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** A started instance and what it printed. */
    private static final class Instance {
        final Process process;
        final Path errors;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Instance(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
        }

        void readOutput() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output lost: " + e.getMessage() + ")");
            }
        }

        List<String[]> acks() {
            return lines.stream().filter(line -> line.startsWith("ACK ")).map(line -> line.split(" ")).toList();
        }

        String state() {
            String err;
            try {
                err = Files.readString(errors, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                err = e.getMessage();
            }
            return "alive " + process.isAlive() + ", " + acks().size() + " acknowledged, last lines "
                    + lines.subList(Math.max(0, lines.size() - 3), lines.size()) + (err.isEmpty() ? "" : ", stderr: " + err);
        }
    }
}
