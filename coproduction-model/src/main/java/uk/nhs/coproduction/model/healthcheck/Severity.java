package uk.nhs.coproduction.model.healthcheck;

/**
 * How much a finding matters, from good news to a missing mark of co-production.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** The facts show this is done well. */
    STRENGTH("strength"),
    /** Worth doing, or the facts cannot show it yet. */
    ADVICE("advice"),
    /** Part of a mark of co-production is missing. */
    WARNING("warning"),
    /** A mark of co-production is missing altogether: as it stands, this is not co-production. */
    CRITICAL("critical");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** {@return a short lower-case label for people to read} */
    public String label() {
        return label;
    }

    /** {@return whether this severity asks for action (advice, a warning or critical)} */
    public boolean needsAction() {
        return this != STRENGTH;
    }
}
