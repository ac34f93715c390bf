package uk.nhs.coproduction.catalog.exchange.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.coproduction.catalog.resource.Resource;

/** The checks across rows of one file: unique ids and slugs, and (optionally) every id in one namespace. */
final class Uniqueness {

    /** A resource with the row it was read from. */
    record Located(int row, Resource resource) {
    }

    private Uniqueness() {
    }

    /** Records a located error for each repeated id or slug, and each id outside the namespace if one is given. */
    static void check(List<Located> rows, @org.jspecify.annotations.Nullable String namespace, Problems problems) {
        Map<String, Integer> idRow = new HashMap<>();
        Map<String, Integer> slugRow = new HashMap<>();
        for (Located located : rows) {
            Resource resource = located.resource();
            int row = located.row();
            Integer earlier = idRow.putIfAbsent(resource.id().toString(), row);
            if (earlier != null) {
                problems.add(row, "id", "'" + resource.id() + "' is already used by row " + earlier
                        + "; ids are unique and never reused");
                continue;
            }
            if (namespace != null && !resource.id().isIn(namespace)) {
                problems.add(row, "id", "'" + resource.id() + "' is outside this catalogue's namespace '"
                        + namespace + "'");
            }
            Integer earlierSlug = slugRow.putIfAbsent(resource.slug(), row);
            if (earlierSlug != null) {
                problems.add(row, "slug", "'" + resource.slug() + "' is already used by row " + earlierSlug
                        + "; slugs are unique");
            }
        }
    }
}
