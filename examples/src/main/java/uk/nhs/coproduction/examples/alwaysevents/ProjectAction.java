package uk.nhs.coproduction.examples.alwaysevents;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.model.validation.Violation;

/**
 * A command that records something in one project: it builds the library command from the
 * options, hands it to the project (validation, version check, workflow guards), and prints what
 * was recorded or every reason it was not.
 *
 * <p>Exit status: 0 recorded; 1 refused by the project or the workflow, or a conflict with a
 * change made meanwhile; 2 bad input (the message names the option); 3 the data directory could
 * not be used.
 */
abstract class ProjectAction implements Callable<Integer> {

    static final int REFUSED = 1;
    static final int BAD_INPUT = 2;
    static final int STORE_FAILED = 3;

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    Workspace workspace = new Workspace();

    @Parameters(index = "0", paramLabel = "PROJECT", converter = Converters.Project.class,
            description = "The project's id: lower-case letters, digits and hyphens.")
    @Nullable ProjectId project;

    @Option(names = "--on", paramLabel = "DATE", converter = Converters.Date.class,
            description = "The date it happened, such as 2017-06-30. Default: today.")
    @Nullable LocalDate on;

    @Option(names = "--expected-version", paramLabel = "N",
            description = "The version you decided on (from status); refused as a conflict if the project has moved on.")
    @Nullable Long expectedVersion;

    /** The library command the options describe. */
    abstract ProjectCommand command(LocalDate date);

    /** The option a violation's property path refers to, for the message; by default --kebab-case of the path. */
    Map<String, String> options() {
        return Map.of();
    }

    /** The date given with --on, or today (UTC). */
    LocalDate date() {
        return on != null ? on : LocalDate.now(ZoneOffset.UTC);
    }

    @Override
    public Integer call() {
        CommandSpec command = Objects.requireNonNull(spec);
        ProjectId id = Objects.requireNonNull(project);
        ProjectCommand request = command(date());
        return workspace.run(command, id, (store, projects) -> {
            CommandOutcome outcome = expectedVersion == null ? projects.handle(id, workspace.actor, request)
                    : projects.handle(id, expectedVersion, workspace.actor, request);
            return report(command.name(), id, outcome, command.commandLine().getOut(), command.commandLine().getErr());
        });
    }

    private int report(String name, ProjectId id, CommandOutcome outcome, PrintWriter out, PrintWriter err) {
        if (outcome instanceof CommandOutcome.Recorded recorded) {
            for (RecordedEvent event : recorded.events()) {
                out.println(id + " v" + event.version() + ": " + Printing.describe(event.event()));
            }
            recorded.listenerFailures().forEach(f -> err.println("always-events: warning: " + f));
            return 0;
        }
        if (outcome instanceof CommandOutcome.Invalid invalid) {
            for (Violation violation : invalid.violations()) {
                err.println("always-events " + name + ": " + option(violation.path()) + ": " + violation.message());
            }
            return BAD_INPUT;
        }
        if (outcome instanceof CommandOutcome.Conflict conflict) {
            out.println("Not recorded: " + id + " is at version " + conflict.actualVersion() + ", not "
                    + conflict.expectedVersion() + "; look at its status and try again.");
            return REFUSED;
        }
        if (outcome instanceof CommandOutcome.Failed failed) {
            out.println("Not recorded: a workflow guard failed while judging this step (a fault, not a refusal):");
            Printing.failures(out, failed.failures(), "  ");
            Printing.reasons(out, failed.reasons(), "  ");
            return REFUSED;
        }
        out.println("Refused:");
        Printing.reasons(out, ((CommandOutcome.Refused) outcome).reasons(), "  ");
        return REFUSED;
    }

    private String option(String path) {
        String mapped = options().get(path);
        if (mapped != null) {
            return mapped;
        }
        StringBuilder kebab = new StringBuilder("--");
        for (char c : path.toCharArray()) {
            if (Character.isUpperCase(c)) {
                kebab.append('-').append(Character.toLowerCase(c));
            } else {
                kebab.append(c);
            }
        }
        return kebab.toString().toLowerCase(Locale.ROOT);
    }
}
