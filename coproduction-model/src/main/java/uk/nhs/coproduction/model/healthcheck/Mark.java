package uk.nhs.coproduction.model.healthcheck;

/**
 * The three marks of good co-production that the health check looks for.
 *
 * @since 0.1.0
 */
public enum Mark {
    /** Start from what matters most to people. */
    WHAT_MATTERS_MOST("Start from what matters most"),
    /** People with lived experience and staff are involved in everything. */
    LIVED_EXPERIENCE_AND_STAFF_IN_EVERYTHING("People with lived experience and staff in everything"),
    /**
     * Equal and reciprocal partnerships from the very start and throughout, including with
     * disadvantaged and minority communities.
     */
    EQUAL_AND_RECIPROCAL_FROM_THE_START(
            "Equal and reciprocal partnerships from the very start and throughout, "
                    + "including with disadvantaged and minority communities");

    private final String title;

    Mark(String title) {
        this.title = title;
    }

    /** {@return the mark in a short sentence} */
    public String title() {
        return title;
    }
}
