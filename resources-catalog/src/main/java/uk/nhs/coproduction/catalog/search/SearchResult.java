package uk.nhs.coproduction.catalog.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link Query}: how many resources matched in all, this page of them, the facet
 * counts, and the filters applied.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param query the query answered, never null
 * @param total how many resources matched, across all pages
 * @param items this page of results, in order, never null
 * @param facets counts for every facet, in {@link Facet} order; each list is ordered by count
 *     (highest first) then label, and includes ticked values even when their count is zero; never null
 * @param appliedFilters the filters applied, with labels, never null
 * @param matching how the text matched, never null
 * @since 0.1.0
 */
public record SearchResult(Query query, int total, List<Hit> items, Map<Facet, List<FacetCount>> facets,
        List<AppliedFilter> appliedFilters, Matching matching) {

    /**
     * Copies the collections.
     *
     * @param query the query answered, never null
     * @param total how many resources matched, across all pages
     * @param items this page of results, in order, never null
     * @param facets counts for every facet, in {@link Facet} order; each list is ordered by count
     *     (highest first) then label, and includes ticked values even when their count is zero;
     *     never null
     * @param appliedFilters the filters applied, with labels, never null
     * @param matching how the text matched, never null
     */
    public SearchResult {
        items = List.copyOf(items);
        EnumMap<Facet, List<FacetCount>> copy = new EnumMap<>(Facet.class);
        facets.forEach((facet, counts) -> copy.put(facet, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(copy);
        appliedFilters = List.copyOf(appliedFilters);
    }

    /**
     * {@return the counts for one facet, never null (empty if no result has a value for it)}
     *
     * @param facet the facet
     */
    public List<FacetCount> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** {@return whether there are results after this page} */
    public boolean hasMore() {
        return query.offset() + items.size() < total;
    }
}
