package uk.nhs.coproduction.catalog.search;

/**
 * How the text of a query was matched, so a page can say "showing results for similar words".
 *
 * @since 0.1.0
 */
public enum Matching {
    /** There was no text: every visible resource matched the filters. */
    ALL,
    /** Words matched exactly, by stem or by synonym. */
    EXACT,
    /**
     * Nothing matched exactly, so near spellings were searched: for each word that matches nothing
     * on its own, its near spellings (words of 3 letters or more only), while the words that do
     * match stay exact. "alwys events" finds "Always Events" and "coproductoin" finds
     * "co-production".
     */
    FUZZY
}
