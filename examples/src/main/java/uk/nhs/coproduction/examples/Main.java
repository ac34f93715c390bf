package uk.nhs.coproduction.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.nhs.coproduction.examples.catalog.CatalogCommand;

/**
 * The examples' executable: {@code java -jar examples/target/coproduction-examples.jar}.
 */
@Command(
        name = "coproduction-examples",
        mixinStandardHelpOptions = true,
        version = "NHS co-production library examples 0.1.0-SNAPSHOT",
        description = "Examples of the NHS co-production library.",
        subcommands = {CatalogCommand.class},
        footer = "%nAlways Events® is a registered trademark of the Institute for Healthcare Improvement.")
public final class Main implements Runnable {

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
