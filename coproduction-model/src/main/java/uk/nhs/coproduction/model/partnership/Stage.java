package uk.nhs.coproduction.model.partnership;

/**
 * The stage a co-production initiative has reached, in order: when a member joined, and when a
 * decision was taken. "From the very start" means from {@link #DISCOVERY}.
 *
 * @since 0.1.0
 */
public enum Stage {
    /** Finding out what matters to people and agreeing what to work on: the very start. */
    DISCOVERY("discovery"),
    /** Designing the change or the service. */
    DESIGN("design"),
    /** Putting the design into practice: delivering and testing it. */
    DELIVERY("delivery"),
    /** Finding out whether it worked, and sharing what was learnt. */
    EVALUATION("evaluation");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /**
     * {@return whether this stage shapes the work (discovery or design) rather than delivers it}
     */
    public boolean isDesign() {
        return this == DISCOVERY || this == DESIGN;
    }

    /** {@return whether this stage delivers the work or evaluates it ("seeing it through")} */
    public boolean isDelivery() {
        return !isDesign();
    }

    /** {@return a short lower-case label for people to read} */
    public String label() {
        return label;
    }
}
