package uk.nhs.coproduction.app.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.exchange.CatalogCsv;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.ImportError;
import uk.nhs.coproduction.catalog.exchange.ImportResult;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Resource;

/**
 * Reading a local catalogue file: catalogue JSON (as {@code catalog export --format json} writes)
 * or CSV (as {@code catalog export --format csv} writes). A CSV file's namespace is that of its
 * first id, and every other id must share it.
 */
final class CatalogFiles {

    private CatalogFiles() {
    }

    /** The release in the file, or every error found in it. */
    static ImportResult<CatalogRelease> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return readCsv(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return CatalogJson.read(in, VocabulariesJson.bundled());
        }
    }

    private static ImportResult<CatalogRelease> readCsv(Path file) throws IOException {
        String namespace = firstNamespace(file);
        ImportResult<List<Resource>> result;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            result = CatalogCsv.read(in, VocabulariesJson.bundled(), namespace);
        }
        if (result instanceof ImportResult.Refused<List<Resource>> refused) {
            return new ImportResult.Refused<>(refused.problems());
        }
        List<Resource> resources = result.orElseThrow();
        if (resources.isEmpty()) {
            return new ImportResult.Refused<>(List.of(new ImportError(2, "id", "the file has no resources")));
        }
        String title = file.getFileName().toString();
        return new ImportResult.Accepted<>(new CatalogRelease(CatalogInfo.of(resources.get(0).id().namespace(),
                title, "local"), resources, List.of()));
    }

    /** The namespace of the first id in a CSV file, or null if there is none to read. */
    private static @Nullable String firstNamespace(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportResult<List<Resource>> loose = CatalogCsv.read(in, VocabulariesJson.bundled(), null);
            if (loose instanceof ImportResult.Accepted<List<Resource>> accepted && !accepted.value().isEmpty()) {
                return accepted.value().get(0).id().namespace();
            }
            return null;
        }
    }

    /** Prints every error, one a line, and how many there were. */
    static void printErrors(Path file, List<ImportError> errors, PrintWriter err) {
        List<String> lines = new ArrayList<>();
        for (ImportError error : errors) {
            lines.add(file.getFileName() + ": " + error);
        }
        lines.forEach(err::println);
        err.println(errors.size() == 1 ? "1 problem found; nothing was imported."
                : errors.size() + " problems found; nothing was imported.");
        err.flush();
    }
}
