package uk.nhs.coproduction.catalog.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import uk.nhs.coproduction.catalog.resource.Vocabularies;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Resource;

/**
 * A local catalogue kept in a file, as an organisation keeps the overlay it federates with the
 * national catalogue: catalogue JSON ({@link CatalogJson}) or, for a file whose name ends in
 * {@code .csv}, CSV ({@link CatalogCsv}). A CSV file's namespace is that of its first id, every
 * other id must share it, and its title is the file's name.
 *
 * @since 0.1.0
 */
public final class CatalogFile {

    private CatalogFile() {
    }

    /**
     * Reads the release in {@code file}, reading the file once.
     *
     * @param file a catalogue JSON file, or a CSV file with a header row
     * @param vocabularies the vocabularies whose topics the resources may use
     * @return the release, or every error with its row (or line) and column
     * @throws IOException if the file cannot be read
     */
    public static ImportResult<CatalogRelease> read(Path file, Vocabularies vocabularies) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return CatalogJson.read(text, vocabularies);
        }
        // The namespace is that of the first id: read loosely once to find it, then strictly in it.
        String namespace = null;
        ImportResult<List<Resource>> loose = CatalogCsv.read(text, vocabularies);
        if (loose instanceof ImportResult.Accepted<List<Resource>> accepted && !accepted.value().isEmpty()) {
            namespace = accepted.value().get(0).id().namespace();
        }
        ImportResult<List<Resource>> result = CatalogCsv.read(new StringReader(text), vocabularies, namespace);
        if (result instanceof ImportResult.Refused<List<Resource>> refused) {
            return new ImportResult.Refused<>(refused.problems());
        }
        List<Resource> resources = result.orElseThrow();
        if (resources.isEmpty()) {
            return new ImportResult.Refused<>(List.of(new ImportError(2, "id", "the file has no resources")));
        }
        return new ImportResult.Accepted<>(new CatalogRelease(CatalogInfo.of(resources.get(0).id().namespace(),
                file.getFileName().toString(), "local"), resources, List.of()));
    }
}
