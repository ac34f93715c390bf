package uk.nhs.coproduction.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.ImportResult;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * One published release of one catalogue: its {@link CatalogInfo}, its resources (including
 * withdrawn tombstones) and its changelog. The national catalogue bundled with the library is
 * {@link #national()}; a local catalogue's release is usually the additions of an
 * {@link uk.nhs.coproduction.catalog.federation.Overlay}.
 *
 * <p>Every resource id is unique and in the catalogue's namespace.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param info who publishes it and which release it is, never null
 * @param resources the resources in catalogue order, never null
 * @param changelog release notes, newest first, never null
 */
public record CatalogRelease(CatalogInfo info, List<Resource> resources, List<ReleaseNote> changelog) {

    private static final String NATIONAL = "national-catalogue.json";

    /**
     * Copies the lists and checks ids.
     *
     * @throws IllegalArgumentException if an id repeats or is outside the namespace
     */
    public CatalogRelease {
        resources = List.copyOf(resources);
        changelog = List.copyOf(changelog);
        Set<ResourceId> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Resource resource : resources) {
            if (!seen.add(resource.id())) {
                problems.add(resource.id() + " appears twice");
            }
            if (!resource.id().isIn(info.namespace())) {
                problems.add(resource.id() + " is outside namespace " + info.namespace());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("catalogue " + info.namespace() + " " + info.version() + ": "
                    + String.join("; ", problems));
        }
    }

    /**
     * The national catalogue of co-production resources bundled with this library: the resources
     * NHS England's co-production pages name and the sources they signpost, as facts only (no
     * address, date or size that the sources do not give).
     */
    public static CatalogRelease national() {
        return NationalHolder.INSTANCE;
    }

    private static final class NationalHolder {
        static final CatalogRelease INSTANCE = load();

        private static CatalogRelease load() {
            try (InputStream in = CatalogRelease.class.getResourceAsStream(NATIONAL)) {
                if (in == null) {
                    throw new IllegalStateException("bundled " + NATIONAL + " is missing from the jar");
                }
                ImportResult<CatalogRelease> result = CatalogJson.read(in, Vocabularies.bundled());
                if (result instanceof ImportResult.Accepted<CatalogRelease> accepted) {
                    return accepted.value();
                }
                throw new IllegalStateException("bundled " + NATIONAL + " is not valid: "
                        + result.problems());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
