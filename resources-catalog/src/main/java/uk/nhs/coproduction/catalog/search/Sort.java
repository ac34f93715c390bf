package uk.nhs.coproduction.catalog.search;

/**
 * The order of results. Every order is total, so paging is stable: equal relevance keeps
 * catalogue order; equal titles and equal dates fall back to title, then id.
 *
 * @since 0.1.0
 */
public enum Sort {
    /** Best match first, title matches first (the default when there is text). */
    RELEVANCE("relevance"),
    /** By title, ignoring case and accents, A to Z (the default when there is no text). */
    TITLE("title"),
    /** Most recently changed or published first; undated resources last. */
    NEWEST("newest");

    private final String code;

    Sort(String code) {
        this.code = code;
    }

    /** {@return the stable code used in URLs and JSON} */
    public String code() {
        return code;
    }

    /**
     * {@return the sort with this code, or empty}
     *
     * @param code the sort's code, such as {@code relevance}
     */
    public static java.util.Optional<Sort> byCode(String code) {
        return java.util.Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
