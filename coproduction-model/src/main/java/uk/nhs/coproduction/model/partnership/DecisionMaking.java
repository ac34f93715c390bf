package uk.nhs.coproduction.model.partnership;

/**
 * How a decision was made, and so how much power the partners shared in it.
 *
 * @since 0.1.0
 */
public enum DecisionMaking {
    /** The partners who took part decided together, as equals. */
    SHARED("decided together"),
    /** The partners' views were sought, and others decided. */
    CONSULTED("decided after asking partners' views"),
    /** Others decided, and the partners were told. */
    INFORMED("decided by others, and partners were told");

    private final String label;

    DecisionMaking(String label) {
        this.label = label;
    }

    /** {@return a short lower-case label for people to read} */
    public String label() {
        return label;
    }
}
