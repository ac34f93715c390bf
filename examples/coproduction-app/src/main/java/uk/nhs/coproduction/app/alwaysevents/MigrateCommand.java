package uk.nhs.coproduction.app.alwaysevents;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;

/**
 * {@code always-events migrate --data DIR --to jdbc:postgresql://...}: copies every project's
 * history from a data directory into PostgreSQL, event by event with the same JSON. It checks
 * every project before it writes anything: a project whose history in the database is not the
 * start of the directory's (another history, or a longer one) is refused and nothing is copied.
 * Run again, it copies only what is new, so it can be repeated until the switch-over.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = {"Copies the Always Events projects of a data directory into a PostgreSQL database, so that "
                + "several instances of serve --store jdbc:postgresql:... can share them.",
                "Safe to run again: events already in the database are checked and skipped. A project whose history in "
                        + "the database differs from the directory's is refused, and then nothing at all is copied.",
                "The password comes from the environment variable " + Database.PASSWORD_VARIABLE
                        + " (or the URL, or ~/.pgpass), never from an option."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:copied, or already there", "1:refused: a project's history in the database differs; nothing "
                + "was copied", "2:bad options", "3:the data directory or the database could not be used"},
        footer = {"", "Example: always-events migrate --data ./data --to jdbc:postgresql://db.example.nhs.uk/always_events "
                + "--db-user always_events", "", AlwaysEvents.TRADEMARK_NOTICE})
public final class MigrateCommand implements Callable<Integer> {

    /** How many events one transaction copies at most. */
    static final int CHUNK = 500;

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory to copy from. Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("data");

    @Option(names = "--to", paramLabel = "JDBC-URL", required = true,
            description = "The database to copy into, such as jdbc:postgresql://localhost:5432/always_events.")
    String to = "";

    @Option(names = "--db-user", paramLabel = "USER", description = "The database user (default: the URL's, or the driver's).")
    @Nullable String user;

    /** For picocli. */
    public MigrateCommand() {
    }

    /** What one project needs: the events to copy after the database's version. */
    private record Plan(ProjectId project, List<RecordedEvent> events, long already) {
    }

    @Override
    public Integer call() {
        CommandSpec command = Objects.requireNonNull(spec);
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (!Database.isJdbcUrl(to)) {
            err.println("always-events migrate: --to must be a jdbc:postgresql:// URL");
            return ProjectAction.BAD_INPUT;
        }
        if (!Files.isDirectory(data)) {
            err.println("always-events migrate: --data " + data.toAbsolutePath() + " is not a folder");
            return ProjectAction.BAD_INPUT;
        }
        try (FileEventStore files = FileEventStore.open(data); Database database = Database.at(to, user, 2);
                PostgresEventStore postgres = PostgresEventStore.open(database.dataSource())) {
            List<Plan> plans = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (ProjectId project : files.projects()) {
                var history = files.read(project);
                history.recoveryMade().ifPresent(r -> err.println("always-events migrate: warning: " + r.describe()));
                List<RecordedEvent> events = history.events();
                List<RecordedEvent> there = postgres.read(project).events();
                String difference = difference(events, there);
                if (difference != null) {
                    refused.add(project + ": " + difference);
                } else {
                    plans.add(new Plan(project, events.subList(there.size(), events.size()), there.size()));
                }
            }
            if (!refused.isEmpty()) {
                refused.forEach(r -> err.println("always-events migrate: refused " + r));
                err.println("always-events migrate: nothing was copied: " + refused.size() + " project(s) in "
                        + database.describe() + " have another history than " + files.directory());
                return ProjectAction.REFUSED;
            }
            long copied = 0;
            int projectsCopied = 0;
            for (Plan plan : plans) {
                long version = plan.already();
                for (int from = 0; from < plan.events().size(); from += CHUNK) {
                    List<RecordedEvent> chunk = plan.events().subList(from, Math.min(plan.events().size(), from + CHUNK));
                    AppendResult result = postgres.append(plan.project(), version, chunk);
                    if (result instanceof AppendResult.Conflict conflict) {
                        err.println("always-events migrate: project " + plan.project() + " changed in the database while "
                                + "it was being copied (now at version " + conflict.actualVersion() + "); run migrate "
                                + "again when nothing else writes to it");
                        return ProjectAction.REFUSED;
                    }
                    version = result.orElseThrow();
                    copied += chunk.size();
                }
                if (!plan.events().isEmpty()) {
                    projectsCopied++;
                }
            }
            long events = plans.stream().mapToLong(p -> p.already() + p.events().size()).sum();
            out.println("Copied " + copied + " event(s) of " + projectsCopied + " project(s) from " + files.directory()
                    + " to " + database.describe() + "; " + (plans.size() - projectsCopied)
                    + " project(s) were already there. The database now holds " + plans.size() + " project(s) of this "
                    + "directory with " + events + " event(s).");
            out.flush();
            return 0;
        } catch (EventStoreException e) {
            err.println("always-events migrate: " + DataDirectoryInUse.forCommandLine(e));
            return ProjectAction.STORE_FAILED;
        }
    }

    /** Why {@code there} (the database's history) is not the start of {@code events}, or null if it is. */
    static @Nullable String difference(List<RecordedEvent> events, List<RecordedEvent> there) {
        if (there.size() > events.size()) {
            return "the database holds " + there.size() + " events, the directory only " + events.size();
        }
        for (int i = 0; i < there.size(); i++) {
            if (!EventJson.write(there.get(i)).equals(EventJson.write(events.get(i)))) {
                return "the event at version " + (i + 1) + " differs";
            }
        }
        return null;
    }
}
