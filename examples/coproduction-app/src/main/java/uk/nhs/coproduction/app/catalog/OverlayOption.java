package uk.nhs.coproduction.app.catalog;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.ImportResult;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.federation.Federation;
import uk.nhs.coproduction.catalog.federation.Overlay;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * The {@code --overlay FILE} option: a local catalogue merged over the national one. Merging does
 * not build the search index; only a search does.
 */
public final class OverlayOption {

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "A local catalogue (JSON or CSV) to merge over the national one.")
    @Nullable Path file;

    /**
     * The national catalogue, merged with the overlay file if one was given; null (after printing
     * every problem) if the file is not valid.
     */
    public @Nullable CatalogSnapshot snapshot(PrintWriter err) throws IOException {
        if (file == null) {
            return NationalCatalogue.snapshot();
        }
        CatalogRelease national = CatalogJson.national();
        ImportResult<CatalogRelease> read = CatalogFiles.read(file);
        if (read instanceof ImportResult.Refused<CatalogRelease> refused) {
            CatalogFiles.printErrors(file, refused.problems(), err);
            return null;
        }
        return merge(national, read.orElseThrow());
    }

    /** Whether an overlay file was given. */
    public boolean isGiven() {
        return file != null;
    }

    /** The national catalogue on its own. */
    public static CatalogSnapshot national() {
        return NationalCatalogue.snapshot();
    }

    /** The national catalogue merged with a local release (or replaced by a new national one). */
    static CatalogSnapshot merge(CatalogRelease national, CatalogRelease local) {
        Vocabularies vocabularies = VocabulariesJson.bundled();
        if (local.info().namespace().equals(national.info().namespace())) {
            CatalogSnapshot before = Federation.merge(national, List.of(), vocabularies, null);
            return Federation.merge(local, List.of(), vocabularies, before);
        }
        Overlay overlay = new Overlay(local.info(), local.resources(), Set.of(), List.of());
        return Federation.merge(national, List.of(overlay), vocabularies, null);
    }
}
