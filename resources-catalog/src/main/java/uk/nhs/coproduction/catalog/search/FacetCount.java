package uk.nhs.coproduction.catalog.search;

/**
 * One value of a facet with its count. The count is drill-sideways: the number of results the
 * query would have if, within this facet, only this value were ticked (other facets' filters
 * still apply). For a facet with nothing ticked, that is the number of current results with the
 * value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the value's code, as used in filters, never null
 * @param label the words to show, from the vocabulary data, never null
 * @param count how many results, as above (zero only for a ticked value with no results)
 * @param selected whether the query filters on this value
 * @since 0.1.0
 */
public record FacetCount(String value, String label, int count, boolean selected) {
}
