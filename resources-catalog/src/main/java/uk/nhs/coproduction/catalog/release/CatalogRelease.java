package uk.nhs.coproduction.catalog.release;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;

/**
 * One published release of one catalogue: its {@link CatalogInfo}, its resources (including
 * withdrawn tombstones) and its changelog. The national catalogue bundled with the library is
 * {@link uk.nhs.coproduction.catalog.exchange.CatalogJson#national()}; a local catalogue's release is usually the additions of an
 * {@link uk.nhs.coproduction.catalog.federation.Overlay}.
 *
 * <p>Every resource id is unique and in the catalogue's namespace.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param info who publishes it and which release it is, never null
 * @param resources the resources in catalogue order, never null
 * @param changelog release notes, newest first, never null
 * @since 0.1.0
 */
public record CatalogRelease(CatalogInfo info, List<Resource> resources, List<ReleaseNote> changelog) {

    /**
     * Copies the lists and checks ids.
     *
     * @param info who publishes it and which release it is, never null
     * @param resources the resources in catalogue order, never null
     * @param changelog release notes, newest first, never null
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
}
