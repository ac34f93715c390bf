package uk.nhs.coproduction.app.catalog;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.ImportResult;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.federation.Conflict;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.app.Progress;

/** {@code catalog import FILE}: check a local catalogue and merge it over the national one. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Check a local catalogue file and merge it over the national one.",
            "The file is JSON or CSV. Every row is checked first and every problem listed with its row and "
                    + "column; if there is any, nothing is imported and the exit status is 2. Conflicts with the "
                    + "national catalogue (an id outside the file's own namespace, a link to an id that does "
                    + "not exist) also stop the import. Use --output to keep the checked catalogue as JSON, "
                    + "for --overlay later."
        },
        footer = "%nAlways Events® is a registered trademark of the Institute for Healthcare Improvement.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The catalogue file: .json or .csv.")
    private Path file;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the checked catalogue as JSON here.")
    private @Nullable Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "FILE '" + file + "' does not exist");
        }
        ImportResult<CatalogRelease> read = Progress.during(err, "Checking every row of " + file.getFileName(),
                () -> CatalogFiles.read(file));
        if (read instanceof ImportResult.Refused<CatalogRelease> refused) {
            CatalogFiles.printErrors(file, refused.problems(), err);
            return CatalogCommand.BAD_INPUT;
        }
        CatalogRelease local = read.orElseThrow();
        CatalogSnapshot merged = Progress.during(err, "Merging it with the national catalogue",
                () -> OverlayOption.merge(CatalogJson.national(), local));
        if (!merged.conflicts().isEmpty()) {
            for (Conflict conflict : merged.conflicts()) {
                err.println(file.getFileName() + ": conflict: " + conflict.describe());
            }
            err.println(merged.conflicts().size() + " conflict(s) with the national catalogue; nothing was imported.");
            err.flush();
            return CatalogCommand.BAD_INPUT;
        }
        long withdrawn = merged.resources().stream().filter(r -> r.isWithdrawn()).count();
        out.println("Checked " + local.resources().size() + " resource(s) in namespace '" + local.info().namespace()
                + "': all valid.");
        out.println("Merged: " + merged.version() + ", " + merged.resources().size() + " resources ("
                + withdrawn + " withdrawn).");
        if (output != null) {
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                writer.write(CatalogJson.write(local));
            }
            out.println("Wrote " + output + "; search it with: catalog search TEXT --overlay " + output);
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
