package uk.nhs.coproduction.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import uk.nhs.coproduction.app.alwaysevents.AlwaysEventsCommand;
import uk.nhs.coproduction.app.catalog.CatalogCommand;
import uk.nhs.coproduction.app.catalog.NationalCatalogue;
import uk.nhs.coproduction.app.check.CheckCommand;
import uk.nhs.coproduction.app.check.ModelOverview;
import uk.nhs.coproduction.app.spc.SpcCommand;
import uk.nhs.coproduction.app.web.ServeCommand;

/**
 * The app's executable: {@code java -jar examples/coproduction-app/target/coproduction-app.jar}.
 *
 * <p>With no command it prints the Co-Production Model and a health check of a sample
 * partnership, then names the commands.
 *
 * <p>Every command answers {@code --help}. Bad input (an unknown option, a value out of range, a
 * file that is missing or not valid) exits with status 2 and a message that names the option, the
 * file and, where there is one, the line; no command prints a stack trace.
 */
@Command(
        name = "coproduction-app",
        mixinStandardHelpOptions = true,
        version = "NHS co-production app 0.1.0-SNAPSHOT",
        description = "Examples of the NHS co-production library.",
        subcommands = {ServeCommand.class, CheckCommand.class, SpcCommand.class, CatalogCommand.class,
            AlwaysEventsCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:an unexpected failure (a bug: please report it); always-events: refused",
            "2:bad input: the message names the option, file and line"},
        footer = "%nAlways Events® is a registered trademark of the Institute for Healthcare Improvement.")
public final class Main implements Runnable {

    /** The exit status for bad input, for every command. */
    public static final int BAD_INPUT = CommandLine.ExitCode.USAGE;

    /** Hibernate Validator announces itself at INFO level; a command line prints only its own output. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        prepareWhatTheCommandNeeds(args);
        System.exit(commandLine(namesAlwaysEvents(args)).execute(args));
    }

    /**
     * Starts making, in the background, what the command named by the first words will need, while
     * the command line is read: the national catalogue and its search index for a catalogue search
     * or export. Nothing else is started, so other commands pay nothing for it.
     */
    private static void prepareWhatTheCommandNeeds(String[] args) {
        if (args.length >= 2 && args[0].equals("catalog") && !java.util.Arrays.asList(args).contains("--overlay")) {
            switch (args[1]) {
                case "search" -> NationalCatalogue.prepareInBackground(true);
                case "export" -> NationalCatalogue.prepareInBackground(false);
                default -> {
                    // import reads the file first; nothing to prepare
                }
            }
        }
    }

    /**
     * The command line with every command, answering bad input with a short located message (and a
     * pointer to {@code --help}) rather than the whole usage, and failures without a stack trace.
     */
    public static CommandLine commandLine() {
        return commandLine(true);
    }

    /**
     * Whether the words name the {@code always-events} command, whose project subcommands are built
     * from their descriptions. Building them reads the bundled criteria wording (Jackson's first
     * use, about half a second), so {@code serve}, {@code catalog} and the others do without them.
     */
    private static boolean namesAlwaysEvents(String[] args) {
        return args.length > 0 && args[0].equals("always-events");
    }

    private static CommandLine commandLine(boolean withProjectCommands) {
        CommandLine commandLine = new CommandLine(new Main());
        if (withProjectCommands) {
            AlwaysEventsCommand.addProjectCommands(commandLine.getSubcommands().get("always-events"));
        }
        commandLine.setParameterExceptionHandler(Main::badInput);
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> failed(e, command));
        return commandLine;
    }

    private static int badInput(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for how to use it.");
        err.flush();
        return BAD_INPUT;
    }

    private static int failed(Exception e, CommandLine command) {
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException missing) {
            err.println(name + ": " + missing.getFile() + ": no such file or folder");
        } else if (cause instanceof AccessDeniedException denied) {
            err.println(name + ": " + denied.getFile() + ": permission denied");
        } else if (cause instanceof FileSystemException file) {
            err.println(name + ": " + file.getFile() + ": " + file.getReason());
        } else if (cause instanceof IOException io) {
            err.println(name + ": cannot read or write a file: " + io.getMessage());
        } else {
            err.println(name + ": failed unexpectedly (" + e.getClass().getSimpleName()
                    + "). This is a bug: please report it with the command you ran.");
            if (System.getenv("COPRODUCTION_EXAMPLES_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        }
        err.flush();
        return BAD_INPUT;
    }

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        out.print(ModelOverview.text());
        out.println();
        out.println("Commands: " + String.join(", ", spec.subcommands().keySet())
                + " (add --help to any of them for its use).");
        out.println("Always Events® is a registered trademark of the Institute for Healthcare Improvement.");
        out.flush();
    }
}
