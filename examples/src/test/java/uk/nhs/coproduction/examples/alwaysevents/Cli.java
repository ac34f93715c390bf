package uk.nhs.coproduction.examples.alwaysevents;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import uk.nhs.coproduction.examples.Main;

/**
 * Runs {@code always-events SUBCOMMAND ARGS… --data DIR} through the examples' main command line,
 * as a user would, capturing the exit status and both outputs.
 */
final class Cli {

    record Run(int status, String out, String err) {
    }

    private final Path data;

    Cli(Path data) {
        this.data = data;
    }

    /** {@code always-events} with these arguments and {@code --data} (added after the subcommand). */
    Run run(String subcommand, String... args) {
        List<String> all = new ArrayList<>(List.of("always-events", subcommand, "--data", data.toString()));
        all.addAll(List.of(args));
        return raw(all.toArray(String[]::new));
    }

    /** The examples' command line with exactly these arguments. */
    static Run raw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
