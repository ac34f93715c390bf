package uk.nhs.coproduction.catalog.search;

/**
 * A filter the query applied, with its label, so a page can list "Kind: Guide ✕" chips.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param facet the facet, never null
 * @param value the value's code, never null
 * @param label the words to show, never null
 * @since 0.1.0
 */
public record AppliedFilter(Facet facet, String value, String label) {
}
