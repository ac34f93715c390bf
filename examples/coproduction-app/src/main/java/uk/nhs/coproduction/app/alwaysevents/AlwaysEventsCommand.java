package uk.nhs.coproduction.app.alwaysevents;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.CommandDescriptions;

/**
 * {@code always-events}: drive Always Events&reg; projects kept in an embedded file store, or run
 * the Humber demonstration. Besides the commands that read (and {@code demo}), it has one
 * subcommand per project command, made from the command's single description and named by it,
 * such as {@code join-co-design-team} ({@link #addProjectCommands}).
 */
@Command(
        name = "always-events",
        mixinStandardHelpOptions = true,
        description = {"Runs Always Events projects: set-up and oversight, understanding what matters, co-design, "
                + "testing with PDSA cycles, reliable implementation, scale-up and spread, and sustain.",
                "Projects are kept in a data directory (--data, default ./data): one JSON Lines file per project. Every "
                        + "step that is not yet possible is refused with every reason."},
        subcommands = {
            DemoCommand.class,
            ReadingCommands.Status.class,
            ReadingCommands.Transitions.class,
            ReadingCommands.HistoryCommand.class,
            ReadingCommands.ListCommand.class,
            ReadingCommands.PortfolioCommand.class,
            GoalsCommands.Goals.class,
            GoalsCommands.ImportStaffSurvey.class,
            ReadingCommands.Workflow.class,
            MigrateCommand.class,
            EraseCommand.class
        },
        exitCodeListHeading = "%nExit status of the project commands:%n",
        exitCodeList = {"0:recorded (or shown)", "1:refused by the project or the workflow, with every reason, or a conflict "
                + "with a change made meanwhile", "2:bad input: the message names the option", "3:the data directory could not be used"},
        footer = {"", "Try: always-events demo, then always-events start-project my-project --organisation … --title … --area-of-focus …",
            "", AlwaysEvents.TRADEMARK_NOTICE})
public final class AlwaysEventsCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    /**
     * Adds to {@code alwaysEvents} (this command's command line) a subcommand for every command
     * of the library's project, from its single description: {@code start-project}, then each
     * command given to a started project, in the order of the method.
     */
    public static void addProjectCommands(CommandLine alwaysEvents) {
        for (CommandDescription description : CommandDescriptions.everyCommand()) {
            alwaysEvents.addSubcommand(description.id(), ProjectAction.of(description));
        }
    }

    /** Without a subcommand: prints the usage. */
    @Override
    public Integer call() {
        CommandSpec command = Objects.requireNonNull(spec);
        command.commandLine().usage(command.commandLine().getOut());
        return 0;
    }
}
