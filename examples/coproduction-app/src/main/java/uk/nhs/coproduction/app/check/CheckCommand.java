package uk.nhs.coproduction.app.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.nhs.coproduction.app.Progress;
import uk.nhs.coproduction.model.alignment.Alignment;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.healthcheck.HealthCheckReport;
import uk.nhs.coproduction.model.json.CoproductionJson;
import uk.nhs.coproduction.model.json.DocumentType;
import uk.nhs.coproduction.model.json.JsonProblem;
import uk.nhs.coproduction.model.json.JsonResult;
import uk.nhs.coproduction.model.partnership.Partnership;

/**
 * {@code check PARTNERSHIP.json [--json]}: reads a partnership document, runs the co-production
 * health check and prints the report, as text or as a JSON health-check report.
 *
 * <p>Exit status: 0 when the report was printed (whatever it found); 2 when the file cannot be
 * read or is not a valid partnership document, with every problem named by line and field.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Health-check a co-production partnership from its JSON file.",
            "Prints the rung of the ladder of participation its facts support, with the reason, and findings on",
            "the three marks of good co-production and the Co-Production Model's values and steps.",
        },
        footer = {
            "",
            "Exit status: 0 report printed; 2 the file is missing, not well-formed JSON or not a valid partnership.",
        })
public final class CheckCommand implements Callable<Integer> {

    /** The exit status for a file that cannot be read or is not a valid partnership. */
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PARTNERSHIP.json", description = "a partnership document (schemaVersion 1)")
    private Path file;

    @Option(names = "--json", description = "print the report as a JSON health-check report")
    private boolean json;

    /** For picocli. */
    public CheckCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CoproductionJson documents = CoproductionJson.standard();
        JsonResult<Partnership> result;
        try {
            if (!Files.isRegularFile(file)) {
                err.println("Cannot read " + file + ": there is no such file.");
                return BAD_INPUT;
            }
            result = Progress.during(err, "Reading and checking " + file.getFileName(),
                    () -> documents.read(DocumentType.PARTNERSHIP, file));
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getClass().getSimpleName());
            return BAD_INPUT;
        }
        if (result instanceof JsonResult.Refused<Partnership> refused) {
            err.println(file + " is not a valid partnership document (" + refused.problems().size() + " problem"
                    + (refused.problems().size() == 1 ? "" : "s") + "):");
            for (JsonProblem problem : refused.problems()) {
                err.println("  " + problem.describe());
            }
            return BAD_INPUT;
        }
        Partnership partnership = result.orElseThrow();
        Frameworks frameworks = Frameworks.bundled();
        HealthCheckReport report = HealthCheck.using(frameworks).check(partnership);
        if (json) {
            out.print(documents.write(DocumentType.HEALTH_CHECK_REPORT, report));
        } else {
            out.print(new ReportText(frameworks).render(report, Alignment.classify(partnership, report.ladder().rung())));
        }
        out.flush();
        return 0;
    }
}
