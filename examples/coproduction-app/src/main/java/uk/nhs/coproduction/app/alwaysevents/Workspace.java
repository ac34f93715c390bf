package uk.nhs.coproduction.app.alwaysevents;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/**
 * The options every command that reads or changes projects shares: where the data is, and who is
 * acting. Mixed into each such command, with the trademark notice for its help.
 */
@Command(footer = {"", AlwaysEvents.TRADEMARK_NOTICE})
final class Workspace {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory: one JSON Lines file per project. Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("data");

    @Option(names = "--as", paramLabel = "ACTOR", defaultValue = "qi-lead", converter = ActorConverter.class,
            description = "Who is acting: a pseudonymous id, never a name. Default: ${DEFAULT-VALUE}.")
    Actor actor = Actor.of("qi-lead");

    /** Work on the projects of the data directory; returns the exit status. */
    @FunctionalInterface
    interface Work {
        int run(FileEventStore store, AlwaysEventProjects projects) throws IOException;
    }

    /**
     * Opens the data directory's store, warns if a torn write was repaired in {@code project}'s
     * log, runs {@code work} on the projects (standard workflow, system clock in UTC) and closes
     * the store. Exit status 3 when the store cannot be used, 2 when a file named by an option
     * cannot be written.
     */
    int run(CommandSpec command, @Nullable ProjectId project, Work work) {
        PrintWriter err = command.commandLine().getErr();
        try (FileEventStore store = FileEventStore.open(data)) {
            if (project != null) {
                store.read(project).recoveryMade().ifPresent(r -> err.println("always-events: warning: " + r.describe()));
            }
            int status = work.run(store, AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Clock.systemUTC()));
            command.commandLine().getOut().flush();
            return status;
        } catch (EventStoreException e) {
            err.println("always-events " + command.name() + ": " + DataDirectoryInUse.forCommandLine(e));
            return ProjectAction.STORE_FAILED;
        } catch (IOException e) {
            err.println("always-events " + command.name() + ": " + e.getMessage());
            return ProjectAction.BAD_INPUT;
        }
    }

    /** Converts an actor id, refusing one that is not pseudonymous without repeating it. */
    static final class ActorConverter implements picocli.CommandLine.ITypeConverter<Actor> {
        @Override
        public Actor convert(String value) {
            String problem = Actor.problemWith(value);
            if (problem != null) {
                throw new picocli.CommandLine.TypeConversionException(problem.replace("partner id", "actor id"));
            }
            return Actor.of(value);
        }
    }
}
