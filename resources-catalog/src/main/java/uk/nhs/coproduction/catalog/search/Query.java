package uk.nhs.coproduction.catalog.search;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue search: free text, filters per {@link Facet}, a {@link Sort}, a page, and whether
 * withdrawn and draft resources are included.
 *
 * <p>Start with {@link #text(String)} or {@link #all()} and refine with the {@code with…}
 * methods:
 * <pre>{@code
 * Query q = Query.text("co-production films")
 *         .withFilter(Facet.AUDIENCE, "staff", "qi-teams")   // staff OR QI teams
 *         .withFilter(Facet.KIND, "film")                    // AND a film
 *         .withPage(0, 10);
 * }</pre>
 *
 * <p>Paging: {@code offset} counts from 0; {@code limit} defaults to {@value #DEFAULT_LIMIT} and may
 * be at most {@value #MAX_LIMIT}; offsets beyond {@value #MAX_OFFSET} are refused, because deep
 * pages are better reached by filtering. Text is at most {@value #MAX_TEXT_LENGTH} characters.
 * Out-of-range values throw {@link IllegalArgumentException}, so a web layer should check user
 * input against these constants first.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Query {

    /** Results per page when no limit is given. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page accepted. */
    public static final int MAX_LIMIT = 100;
    /** The largest offset accepted. */
    public static final int MAX_OFFSET = 10_000;
    /** The longest text accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 500;

    private static final Query ALL = new Query("", new EnumMap<>(Facet.class), null, 0, DEFAULT_LIMIT, false, false,
            true);

    private final String text;
    private final Map<Facet, Set<String>> filters;
    private final @Nullable Sort sort;
    private final int offset;
    private final int limit;
    private final boolean includeWithdrawn;
    private final boolean includeDrafts;
    private final boolean fuzzyFallback;

    private Query(String text, Map<Facet, Set<String>> filters, @Nullable Sort sort, int offset, int limit,
            boolean includeWithdrawn, boolean includeDrafts, boolean fuzzyFallback) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("search text must be at most " + MAX_TEXT_LENGTH
                    + " characters, was " + text.length());
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be 0 to " + MAX_OFFSET + ", was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
        this.text = text.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new TreeSet<>(values)));
            }
        });
        this.filters = Collections.unmodifiableMap(copy);
        this.sort = sort;
        this.offset = offset;
        this.limit = limit;
        this.includeWithdrawn = includeWithdrawn;
        this.includeDrafts = includeDrafts;
        this.fuzzyFallback = fuzzyFallback;
    }

    /** {@return every visible resource, sorted by title, first page} */
    public static Query all() {
        return ALL;
    }

    /**
     * {@return a search for this text (taken literally; blank means everything), first page}
     *
     * @param text the text, taken literally; blank means everything
     */
    public static Query text(String text) {
        return ALL.withText(text);
    }

    /**
     * {@return a copy with this text}
     *
     * @param newText the text, taken literally; blank means everything
     */
    public Query withText(String newText) {
        return new Query(newText, filters, sort, offset, limit, includeWithdrawn, includeDrafts, fuzzyFallback);
    }

    /**
     * {@return a copy that also filters on these values of the facet (OR with values already
     * there)}
     *
     * @param facet the facet
     * @param values the values' codes
     */
    public Query withFilter(Facet facet, String... values) {
        return withFilter(facet, List.of(values));
    }

    /**
     * {@return a copy that also filters on these values of the facet (OR with values already
     * there)}
     *
     * @param facet the facet
     * @param values the values' codes
     */
    public Query withFilter(Facet facet, Collection<String> values) {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        Set<String> merged = new TreeSet<>(filters.getOrDefault(facet, Set.of()));
        for (String value : values) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("a " + facet.code() + " filter value must not be blank");
            }
            merged.add(value);
        }
        copy.put(facet, merged);
        return new Query(text, copy, sort, offset, limit, includeWithdrawn, includeDrafts, fuzzyFallback);
    }

    /**
     * {@return a copy without any filter on the facet}
     *
     * @param facet the facet
     */
    public Query withoutFilter(Facet facet) {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.remove(facet);
        return new Query(text, copy, sort, offset, limit, includeWithdrawn, includeDrafts, fuzzyFallback);
    }

    /**
     * {@return a copy in this order}
     *
     * @param newSort the order of the results
     */
    public Query withSort(Sort newSort) {
        return new Query(text, filters, newSort, offset, limit, includeWithdrawn, includeDrafts, fuzzyFallback);
    }

    /**
     * {@return a copy for this page}
     *
     * @param newOffset how many results to skip, at most {@link #MAX_OFFSET}
     * @param newLimit how many results to return, 1 to {@link #MAX_LIMIT}
     * @throws IllegalArgumentException if offset or limit is out of range (see the class comment)
     */
    public Query withPage(int newOffset, int newLimit) {
        return new Query(text, filters, sort, newOffset, newLimit, includeWithdrawn, includeDrafts, fuzzyFallback);
    }

    /**
     * {@return a copy that includes (or not) withdrawn resources}
     *
     * @param include whether withdrawn resources are included
     */
    public Query withWithdrawn(boolean include) {
        return new Query(text, filters, sort, offset, limit, include, includeDrafts, fuzzyFallback);
    }

    /**
     * {@return a copy that includes (or not) draft resources}
     *
     * @param include whether drafts are included
     */
    public Query withDrafts(boolean include) {
        return new Query(text, filters, sort, offset, limit, includeWithdrawn, include, fuzzyFallback);
    }

    /**
     * {@return a copy with the fuzzy fallback on (the default) or off}
     *
     * @param enabled whether near spellings are tried when nothing matches exactly
     */
    public Query withFuzzyFallback(boolean enabled) {
        return new Query(text, filters, sort, offset, limit, includeWithdrawn, includeDrafts, enabled);
    }

    /** {@return the text, stripped; empty means everything} */
    public String text() {
        return text;
    }

    /** {@return whether there is any text} */
    public boolean hasText() {
        return !text.isEmpty();
    }

    /** {@return the filters: values are ORed within a facet and facets ANDed; never null} */
    public Map<Facet, Set<String>> filters() {
        return filters;
    }

    /**
     * {@return the values filtered on for one facet, never null}
     *
     * @param facet the facet
     */
    public Set<String> filter(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    /**
     * {@return the order: as set, else relevance when there is text and title when there is none}
     */
    public Sort sort() {
        return sort != null ? sort : hasText() ? Sort.RELEVANCE : Sort.TITLE;
    }

    /** {@return the first result to return, counting from 0} */
    public int offset() {
        return offset;
    }

    /** {@return the most results to return} */
    public int limit() {
        return limit;
    }

    /** {@return whether withdrawn resources are included} */
    public boolean includeWithdrawn() {
        return includeWithdrawn;
    }

    /** {@return whether draft resources are included} */
    public boolean includeDrafts() {
        return includeDrafts;
    }

    /** {@return whether near spellings are searched when nothing matches exactly} */
    public boolean fuzzyFallback() {
        return fuzzyFallback;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Query q && text.equals(q.text) && filters.equals(q.filters) && sort() == q.sort()
                && offset == q.offset && limit == q.limit && includeWithdrawn == q.includeWithdrawn
                && includeDrafts == q.includeDrafts && fuzzyFallback == q.fuzzyFallback;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, filters, sort(), offset, limit, includeWithdrawn, includeDrafts, fuzzyFallback);
    }

    @Override
    public String toString() {
        return "Query[text=\"" + text + "\", filters=" + filters + ", sort=" + sort().code() + ", offset=" + offset
                + ", limit=" + limit + (includeWithdrawn ? ", withdrawn" : "") + (includeDrafts ? ", drafts" : "")
                + (fuzzyFallback ? "" : ", no fuzzy") + "]";
    }
}
