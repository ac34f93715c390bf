package uk.nhs.coproduction.model.partnership;

/**
 * The period an involvement payment rate is for.
 *
 * @since 0.1.0
 */
public enum RateUnit {
    /** Per hour. */
    HOUR("hour"),
    /** Per half day. */
    HALF_DAY("half day"),
    /** Per day. */
    DAY("day"),
    /** Per meeting or session, whatever its length. */
    SESSION("session");

    private final String label;

    RateUnit(String label) {
        this.label = label;
    }

    /** {@return a short lower-case label for people to read} */
    public String label() {
        return label;
    }
}
