package uk.nhs.coproduction.model.framework;

/**
 * How sure we are that a framework's wording matches its source: confirmed in a source read,
 * partly confirmed, or reconstructed.
 *
 * @since 0.1.0
 */
public enum ConfidenceLevel {
    /** Confirmed in a source that was read. */
    HIGH("high"),
    /** Partly confirmed, or triangulated from several restatements. */
    MEDIUM("medium"),
    /** A reconstruction: treat as a working draft and prefer your own organisation's edition. */
    LOW("low");

    private final String label;

    ConfidenceLevel(String label) {
        this.label = label;
    }

    /** {@return a short lower-case label for people to read} */
    public String label() {
        return label;
    }
}
