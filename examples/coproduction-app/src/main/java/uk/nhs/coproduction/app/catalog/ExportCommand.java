package uk.nhs.coproduction.app.catalog;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import uk.nhs.coproduction.catalog.exchange.CatalogCsv;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.DcatFeed;
import uk.nhs.coproduction.catalog.exchange.JsonLd;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.release.ReleaseNote;
import uk.nhs.coproduction.app.Progress;

/** {@code catalog export --format …}: the catalogue in a file format. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write the catalogue in a file format.",
            "The national catalogue (or, with --overlay, the local one merged over it) goes to standard "
                    + "output or --output. json: the catalogue's own form, described by a JSON Schema; csv: one "
                    + "row per resource, several values in one cell separated by |; jsonld: schema.org JSON-LD; "
                    + "dcat: a DCAT 3 feed for harvesters."
        },
        footer = "%nAlways Events® is a registered trademark of the Institute for Healthcare Improvement.")
final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum ExportFormat { json, csv, jsonld, dcat }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.")
    private ExportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    private @Nullable Path output;

    @Mixin
    private OverlayOption overlay = new OverlayOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        CatalogSnapshot snapshot = Progress.during(err, "Reading the catalogue", () -> overlay.snapshot(err));
        if (snapshot == null) {
            return CatalogCommand.BAD_INPUT;
        }
        String text = Progress.during(err, "Exporting the catalogue as " + format, () -> switch (format) {
            case json -> CatalogJson.write(release(snapshot));
            case csv -> CatalogCsv.write(snapshot.resources());
            case jsonld -> JsonLd.graph(snapshot);
            case dcat -> DcatFeed.write(snapshot, latestNote());
        });
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text.endsWith("\n") ? text : text + "\n");
            out.flush();
        } else {
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                writer.write(text);
            }
            spec.commandLine().getErr().println("Wrote " + snapshot.resources().size() + " resources as " + format
                    + " to " + output);
            spec.commandLine().getErr().flush();
        }
        return CommandLine.ExitCode.OK;
    }

    /** The snapshot as one release: the base catalogue's info and changelog, with every visible resource. */
    private static CatalogRelease release(CatalogSnapshot snapshot) {
        CatalogRelease national = CatalogJson.national();
        if (snapshot.sources().size() == 1) {
            CatalogInfo info = snapshot.info();
            List<ReleaseNote> notes = info.equals(national.info()) ? national.changelog() : List.of();
            return new CatalogRelease(info, snapshot.resources(), notes);
        }
        CatalogInfo info = snapshot.sources().get(1);
        return new CatalogRelease(info, snapshot.resources().stream()
                .filter(r -> r.id().isIn(info.namespace())).toList(), List.of());
    }

    private static @Nullable ReleaseNote latestNote() {
        List<ReleaseNote> notes = CatalogJson.national().changelog();
        return notes.isEmpty() ? null : notes.get(0);
    }
}
