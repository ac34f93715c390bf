package uk.nhs.coproduction.catalog.search.internal;

/** Names of the index fields. */
final class IndexFields {
    static final String ORD = "ord";
    static final String ID = "id";
    static final String STATUS = "status";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String TOPICS = "topics";
    static final String ALL = "all";
    /**
     * The same text as {@link #ALL}, with hyphens taken out before the words are split (so
     * "co-production" is the one word "coproduction") and no stemming: where near spellings are
     * looked for in the words as written.
     */
    static final String JOINED = "joined";
    static final String TITLE_SORT = "title_sort";
    static final String DATE_SORT = "date_sort";

    private IndexFields() {
    }
}
