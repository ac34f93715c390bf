package uk.nhs.coproduction.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the app's command line, as a user would run it, with its exit status and what it
 * printed to standard output and standard error.
 *
 * @param status the exit status
 * @param out what was printed to standard output
 * @param err what was printed to standard error
 */
public record CommandLineRun(int status, String out, String err) {

    /** Runs the app's command line with these arguments. */
    public static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new CommandLineRun(status, out.toString(), err.toString());
    }
}
