package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;
import uk.nhs.coproduction.app.Main;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * While {@code serve} has its projects open, the {@code always-events} command line cannot use the
 * same data directory, and says so in words that say what to do.
 */
class ServeHoldsTheDataTest {

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> ProjectFixtures.started(projects, "held"));

    @Test
    void theCommandLineIsToldToStopServeOrUseAnotherDirectory() {
        assertThat(app.get("/projects/held").statusCode()).as("the app has opened its store").isEqualTo(200);
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("always-events", "status", "held", "--data", app.data().toString());

        assertThat(status).isEqualTo(3);
        assertThat(err.toString()).contains("always-events status: the data directory")
                .contains("if serve is running with it, stop serve (Ctrl+C) or give this command another --data");
        assertThat(app.get("/projects/held").statusCode()).as("the app is unaffected").isEqualTo(200);
    }
}
