package uk.nhs.coproduction.alwaysevents.postgres;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents;

/**
 * A second (or third) instance of a service, in a JVM of its own, for {@link KillNineTest}: it is
 * killed with SIGKILL by the test, so it must be a real process. Not a test.
 *
 * <ul>
 *   <li>{@code append URL USER PASSWORD NAME LIMIT PROJECTS}: takes attempt numbers from the
 *       database sequence {@code kill_test_attempts} (shared with the other instance) until it
 *       passes {@code LIMIT}; for each, appends one event to project {@code p<n % PROJECTS>} through
 *       a {@link PostgresEventStore}, retrying at the reported version after a conflict, and
 *       prints {@code ACK project version attempt} once the store has acknowledged it, flushed.
 *       Prints {@code DONE} at the end.</li>
 *   <li>{@code hold URL USER PASSWORD PROJECT}: inserts version 1 of {@code PROJECT} in a
 *       transaction, prints {@code OPEN}, and waits, never committing.</li>
 * </ul>
 */
final class AppendingInstance {

    private AppendingInstance() {
    }

    /**
     * Runs the instance.
     *
     * @param args what to do, as above
     * @throws Exception if it cannot
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[1]);
        dataSource.setUser(args[2]);
        dataSource.setPassword(args[3]);
        if (args[0].equals("hold")) {
            hold(dataSource, ProjectId.of(args[4]), out);
            return;
        }
        String name = args[4];
        long limit = Long.parseLong(args[5]);
        int projects = Integer.parseInt(args[6]);
        // The attempt numbers come over a connection of their own, kept open (the store opens one per operation).
        try (PostgresEventStore store = PostgresEventStore.open(dataSource); Connection numbers = dataSource.getConnection();
                PreparedStatement next = numbers.prepareStatement("SELECT nextval('kill_test_attempts')")) {
            Map<ProjectId, Long> versions = new HashMap<>();
            out.println("READY");
            for (long n = nextAttempt(next); n <= limit; n = nextAttempt(next)) {
                ProjectId project = ProjectId.of("p" + (n % projects));
                Actor actor = Actor.of(name + "-" + n);
                long version = versions.computeIfAbsent(project, store::version);
                while (true) {
                    AppendResult result = store.append(project, version, List.of(TestEvents.event(project, version + 1, actor)));
                    if (result instanceof AppendResult.Conflict conflict) {
                        version = conflict.actualVersion();
                        continue;
                    }
                    version = ((AppendResult.Appended) result).version();
                    break;
                }
                versions.put(project, version);
                out.println("ACK " + project.value() + " " + version + " " + actor.value());
            }
            out.println("DONE");
        }
    }

    private static long nextAttempt(PreparedStatement next) throws SQLException {
        try (ResultSet result = next.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void hold(PGSimpleDataSource dataSource, ProjectId project, PrintStream out) throws Exception {
        RecordedEvent event = TestEvents.event(project, 1, Actor.of("held"));
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO always_events_event (project_id, version, event_json) VALUES (?, 1, ?)")) {
            insert.setString(1, project.value());
            insert.setString(2, EventJson.write(event));
            insert.executeUpdate();
        }
        out.println("OPEN");
        Thread.sleep(Long.MAX_VALUE);   // until killed
    }
}
