package uk.nhs.coproduction.examples;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.nhs.coproduction.examples.alwaysevents.AlwaysEventsCommand;
import uk.nhs.coproduction.examples.catalog.CatalogCommand;
import uk.nhs.coproduction.examples.check.CheckCommand;
import uk.nhs.coproduction.examples.check.ModelOverview;
import uk.nhs.coproduction.examples.spc.SpcCommand;

/**
 * The examples' executable: {@code java -jar examples/target/coproduction-examples.jar}.
 *
 * <p>With no command it prints the Co-Production Model and a health check of a sample
 * partnership, then names the commands.
 */
@Command(
        name = "coproduction-examples",
        mixinStandardHelpOptions = true,
        version = "NHS co-production library examples 0.1.0-SNAPSHOT",
        description = "Examples of the NHS co-production library.",
        subcommands = {CheckCommand.class, SpcCommand.class, CatalogCommand.class, AlwaysEventsCommand.class},
        footer = "%nAlways Events® is a registered trademark of the Institute for Healthcare Improvement.")
public final class Main implements Runnable {

    /** Hibernate Validator announces itself at INFO level; a command line prints only its own output. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        out.print(ModelOverview.text());
        out.println();
        out.println("Commands: " + String.join(", ", spec.subcommands().keySet())
                + ". Run with a command and --help for its use, or with --help for all of them.");
        out.println("Always Events® is a registered trademark of the Institute for Healthcare Improvement.");
        out.flush();
    }
}
