package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Locale;

/**
 * How a point is classified, with the Making Data Count names ({@link #code()}):
 * {@code common_cause}, {@code special_cause_improvement}, {@code special_cause_concern},
 * {@code special_cause_neutral_high}, {@code special_cause_neutral_low}.
 *
 * @since 0.1.0
 */
public enum PointType {
    /** Common-cause variation: nothing unusual. */
    COMMON_CAUSE,
    /** A special cause in the direction of improvement. */
    SPECIAL_CAUSE_IMPROVEMENT,
    /** A special cause in the direction of concern. */
    SPECIAL_CAUSE_CONCERN,
    /** A special cause upwards when neither direction is better. */
    SPECIAL_CAUSE_NEUTRAL_HIGH,
    /** A special cause downwards when neither direction is better. */
    SPECIAL_CAUSE_NEUTRAL_LOW;

    /** {@return the Making Data Count name, for example {@code special_cause_improvement}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return whether this is any kind of special cause} */
    public boolean isSpecialCause() {
        return this != COMMON_CAUSE;
    }

    /**
     * {@return the variation icon a chart whose latest point has this type shows}
     *
     * @param direction which way is improvement
     */
    public VariationIcon variationIcon(ImprovementDirection direction) {
        return switch (this) {
            case COMMON_CAUSE -> VariationIcon.COMMON_CAUSE;
            case SPECIAL_CAUSE_IMPROVEMENT ->
                direction == ImprovementDirection.DECREASE ? VariationIcon.IMPROVEMENT_LOW : VariationIcon.IMPROVEMENT_HIGH;
            case SPECIAL_CAUSE_CONCERN ->
                direction == ImprovementDirection.DECREASE ? VariationIcon.CONCERN_HIGH : VariationIcon.CONCERN_LOW;
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> VariationIcon.NEUTRAL_HIGH;
            case SPECIAL_CAUSE_NEUTRAL_LOW -> VariationIcon.NEUTRAL_LOW;
        };
    }
}
