package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Objects;

/**
 * The special cause that labels a point: the rule with the highest priority among its signals,
 * its side, and the rule's length. {@link #label()} gives the words NHSRplotthedots prints, for
 * example "7 Point Trend (Increasing)" or "2 in 3 Above CL".
 *
 * @param rule the rule, never null
 * @param side which way it points, never null
 * @param length the rule's length in points (7 for a Making Data Count shift; 0 for rules
 *     without one)
 * @since 0.1.0
 */
public record SpecialCause(Signal.Rule rule, Side side, int length) {

    /** The label of a point that no rule flagged. */
    public static final String COMMON_CAUSE_LABEL = "Common Cause";

    /**
     * Checks the components.
     *
     * @param rule the rule, never null
     * @param side which way it points, never null
     * @param length the rule's length in points (7 for a Making Data Count shift; 0 for rules
     *     without one)
     */
    public SpecialCause {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(side, "side");
    }

    /** {@return the label, for example "Above UCL" or "6 Points Below CL"} */
    public String label() {
        boolean high = side == Side.HIGH;
        return switch (rule) {
            case OUTSIDE_LIMITS -> high ? "Above UCL" : "Below LCL";
            case TREND -> length + " Point Trend (" + (high ? "Increasing" : "Decreasing") + ")";
            case TWO_IN_THREE -> "2 in 3 " + (high ? "Above" : "Below") + " CL";
            case SHIFT -> length + " Points " + (high ? "Above" : "Below") + " CL";
        };
    }
}
