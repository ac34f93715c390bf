package uk.nhs.coproduction.alwaysevents.measurement;

/**
 * Which way a special cause points: {@link #HIGH} for a point above the centre line or the upper
 * limit, or a rising trend; {@link #LOW} for the opposite.
 *
 * @since 0.1.0
 */
public enum Side {
    /** Above the centre line or limit, or increasing. */
    HIGH,
    /** Below the centre line or limit, or decreasing. */
    LOW;

    /**
     * {@return the point type of a special cause on this side for {@code direction}}
     *
     * @param direction which way is improvement
     */
    public PointType pointType(ImprovementDirection direction) {
        return switch (direction) {
            case NEUTRAL -> this == HIGH ? PointType.SPECIAL_CAUSE_NEUTRAL_HIGH : PointType.SPECIAL_CAUSE_NEUTRAL_LOW;
            case INCREASE -> this == HIGH ? PointType.SPECIAL_CAUSE_IMPROVEMENT : PointType.SPECIAL_CAUSE_CONCERN;
            case DECREASE -> this == HIGH ? PointType.SPECIAL_CAUSE_CONCERN : PointType.SPECIAL_CAUSE_IMPROVEMENT;
        };
    }
}
