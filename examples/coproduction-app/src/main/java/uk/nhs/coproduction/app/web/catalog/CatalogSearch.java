package uk.nhs.coproduction.app.web.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.search.Facet;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.Sort;
import uk.nhs.coproduction.app.catalog.FilterValues;
import uk.nhs.coproduction.app.web.server.Parameters;
import uk.nhs.coproduction.app.web.server.Problem;

/**
 * A catalogue search read from query parameters, the same way for the pages and the JSON API:
 * {@code q} (the text), one parameter per facet code ({@code kind}, {@code audience},
 * {@code topic}, {@code format}, {@code accessibility}, {@code alternative}, {@code language},
 * {@code publisher}; repeated or comma-separated, ORed within a facet and ANDed across facets) and
 * {@code sort} ({@code relevance}, {@code title}, {@code newest}). Pages add {@code page} (from 1,
 * {@value #PAGE_SIZE} a page); the API adds {@code offset}, {@code limit} and
 * {@code includeWithdrawn}.
 *
 * <p>Every value is checked before it reaches {@link Query}, and each error names its parameter.
 * The query keeps the valid parts, so a page can still show results beside the errors.
 *
 * @param query the search to run, never null
 * @param errors what was refused, each naming its parameter; empty when all was valid
 */
public record CatalogSearch(Query query, List<Problem.Error> errors) {

    /** Results on one page of the web app. */
    public static final int PAGE_SIZE = 10;

    /** The last page the web app offers (so the offset stays within {@link Query#MAX_OFFSET}). */
    public static final int MAX_PAGE = Query.MAX_OFFSET / PAGE_SIZE + 1;

    private static final List<String> API_PARAMETERS = List.of("q", "sort", "offset", "limit", "includeWithdrawn");

    /** Copies the errors. */
    public CatalogSearch {
        errors = List.copyOf(errors);
    }

    /** A search from a page's address: {@code page} counts from 1. */
    public static CatalogSearch fromPage(Parameters parameters, CatalogSnapshot snapshot) {
        List<Problem.Error> errors = new ArrayList<>();
        Query query = common(parameters, snapshot, errors);
        int page = number(parameters, "page", 1, 1, MAX_PAGE, errors);
        return new CatalogSearch(query.withPage((page - 1) * PAGE_SIZE, PAGE_SIZE), errors);
    }

    /** A search from an API call: {@code offset}, {@code limit}, {@code includeWithdrawn}; unknown parameters are refused. */
    public static CatalogSearch fromApi(Parameters parameters, CatalogSnapshot snapshot) {
        List<Problem.Error> errors = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(API_PARAMETERS);
        Arrays.stream(Facet.values()).map(Facet::code).forEach(known::add);
        for (String name : parameters.names()) {
            if (!known.contains(name)) {
                errors.add(Problem.Error.of(name, "is not a parameter of the search; use " + String.join(", ", known)));
            }
        }
        Query query = common(parameters, snapshot, errors);
        int offset = number(parameters, "offset", 0, 0, Query.MAX_OFFSET, errors);
        int limit = number(parameters, "limit", Query.DEFAULT_LIMIT, 1, Query.MAX_LIMIT, errors);
        String withdrawn = parameters.text("includeWithdrawn", "false");
        if (!withdrawn.equals("true") && !withdrawn.equals("false")) {
            errors.add(Problem.Error.of("includeWithdrawn", "must be true or false"));
        }
        return new CatalogSearch(query.withPage(offset, limit).withWithdrawn(withdrawn.equals("true")), errors);
    }

    private static Query common(Parameters parameters, CatalogSnapshot snapshot, List<Problem.Error> errors) {
        String text = parameters.text("q", "");
        if (text.length() > Query.MAX_TEXT_LENGTH) {
            errors.add(Problem.Error.of("q", "Search text must be " + Query.MAX_TEXT_LENGTH
                    + " characters or fewer"));
            text = "";
        }
        Query query = Query.text(text);
        for (Facet facet : Facet.values()) {
            List<String> accepted = new ArrayList<>();
            for (String value : parameters.list(facet.code())) {
                FilterValues.refusal(facet, value, snapshot).ifPresentOrElse(
                        why -> errors.add(Problem.Error.of(facet.code(), why)), () -> accepted.add(value));
            }
            if (!accepted.isEmpty()) {
                query = query.withFilter(facet, accepted);
            }
        }
        String sort = parameters.text("sort", "");
        if (!sort.isEmpty()) {
            var chosen = Sort.byCode(sort);
            if (chosen.isPresent()) {
                query = query.withSort(chosen.get());
            } else {
                errors.add(Problem.Error.of("sort", "must be relevance, title or newest"));
            }
        }
        return query;
    }

    private static int number(Parameters parameters, String name, int otherwise, int min, int max,
            List<Problem.Error> errors) {
        String text = parameters.text(name, "");
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(Problem.Error.of(name, "must be a whole number from " + min + " to " + max));
        return otherwise;
    }

    /** Whether every parameter was valid. */
    public boolean isValid() {
        return errors.isEmpty();
    }
}
