package uk.nhs.coproduction.app.catalog;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code catalog}: the resources catalogue's commands. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = {
            "Search, export and extend the catalogue of co-production resources.",
            "Exit status: 0 done, 2 bad input (every problem is listed with its row and column)."
        },
        subcommands = {SearchCommand.class, ExportCommand.class, ImportCommand.class},
        footer = "%nAlways Events® is a registered trademark of the Institute for Healthcare Improvement.")
public final class CatalogCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().usage(out);
        out.flush();
    }

    /** The exit status for bad input, as picocli uses for bad options. */
    static final int BAD_INPUT = CommandLine.ExitCode.USAGE;
}
