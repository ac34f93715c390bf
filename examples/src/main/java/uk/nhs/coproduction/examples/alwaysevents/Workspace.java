package uk.nhs.coproduction.examples.alwaysevents;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.project.Actor;
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

    /** Opens the file store in the data directory; the caller closes it. */
    FileEventStore open() {
        return FileEventStore.open(data);
    }

    /** The projects in {@code store}, with the standard workflow and the system clock (UTC). */
    static AlwaysEventProjects projects(FileEventStore store) {
        return AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Clock.systemUTC());
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
