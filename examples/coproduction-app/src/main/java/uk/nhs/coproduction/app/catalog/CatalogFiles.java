package uk.nhs.coproduction.app.catalog;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.coproduction.catalog.exchange.CatalogFile;
import uk.nhs.coproduction.catalog.exchange.ImportError;
import uk.nhs.coproduction.catalog.exchange.ImportResult;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.release.CatalogRelease;

/**
 * Reading a local catalogue file with the library's {@link CatalogFile}: catalogue JSON (as
 * {@code catalog export --format json} writes) or CSV (as {@code catalog export --format csv}
 * writes), and printing what was wrong with it.
 */
final class CatalogFiles {

    private CatalogFiles() {
    }

    /** The release in the file, or every error found in it. */
    static ImportResult<CatalogRelease> read(Path file) throws IOException {
        return CatalogFile.read(file, VocabulariesJson.bundled());
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
