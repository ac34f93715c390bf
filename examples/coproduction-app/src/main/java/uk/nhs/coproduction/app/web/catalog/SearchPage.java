package uk.nhs.coproduction.app.web.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.search.Snippet;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The model of the catalogue's search page ({@code catalog/search.jte}).
 *
 * @param page the layout's page
 * @param errors refused parameters, shown in the error summary
 * @param text the search text, as entered
 * @param sort the sort code chosen, or "" for the default
 * @param status the results count, announced in a {@code role="status"} region
 * @param matchingNote a note when only similar words matched, or null
 * @param results this page's results
 * @param firstNumber the number of the first result on this page
 * @param facets the facets with values, as fieldsets of checkboxes
 * @param applied the filters applied, each with a link that removes it
 * @param pagination links to other pages
 */
public record SearchPage(Page page, FormErrors errors, String text, String sort, String status,
        @Nullable String matchingNote, List<Result> results, int firstNumber, List<FacetGroup> facets,
        List<AppliedFilterLink> applied, Pagination pagination) {

    /**
     * One result.
     *
     * @param href the resource's page
     * @param title the title, matches marked
     * @param summary the summary, matches marked
     * @param facts kind, publisher and date, joined
     * @param downloads links to the files, with the NHS link label
     * @param withdrawnNote why it was withdrawn, or null
     * @param notes local notes on it
     */
    public record Result(String href, List<Snippet.Fragment> title, List<Snippet.Fragment> summary, String facts,
            List<LinkView> downloads, @Nullable String withdrawnNote, List<String> notes) {
    }

    /**
     * A facet as a fieldset of checkboxes.
     *
     * @param code the facet's parameter name
     * @param legend the fieldset's legend
     * @param options its values with counts
     */
    public record FacetGroup(String code, String legend, List<FacetOption> options) {
    }

    /**
     * One checkbox of a facet.
     *
     * @param id the input's id
     * @param value the value's code
     * @param label the value's words
     * @param count how many results ticking it (alone in its facet) gives
     * @param checked whether it is ticked
     */
    public record FacetOption(String id, String value, String label, int count, boolean checked) {
    }

    /**
     * A filter that is applied, with a link to the same search without it.
     *
     * @param facet the facet's legend
     * @param label the value's words
     * @param removeHref the search without this filter
     */
    public record AppliedFilterLink(String facet, String label, String removeHref) {
    }

    /**
     * Links to the other pages of results.
     *
     * @param previous the previous page, or null on the first
     * @param next the next page, or null on the last
     * @param pages the page numbers around this one
     */
    public record Pagination(@Nullable PageLink previous, @Nullable PageLink next, List<PageLink> pages) {

        /** Whether there is more than one page. */
        public boolean any() {
            return previous != null || next != null;
        }
    }

    /**
     * A link to one page of results.
     *
     * @param number the page number, from 1
     * @param href the address
     * @param current whether it is this page
     */
    public record PageLink(int number, String href, boolean current) {
    }
}
