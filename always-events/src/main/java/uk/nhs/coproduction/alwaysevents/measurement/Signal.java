package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Objects;

/**
 * One rule that fired at a point, and which way it points. A point may carry several signals;
 * {@link ChartPoint#specialCause()} names the one with the highest {@link Rule} priority.
 *
 * @param rule the rule, never null
 * @param side which way it points, never null
 * @param pointType the classification this signal gives the point for the chart's improvement
 *     direction, never null
 * @since 0.1.0
 */
public record Signal(Rule rule, Side side, PointType pointType) {

    /**
     * The point-level rules, in the Making Data Count order of priority (highest first): a point
     * flagged by several takes its label from the first.
     *
     * @since 0.1.0
     */
    public enum Rule {
        /** A point beyond a 3-sigma (process) limit. */
        OUTSIDE_LIMITS,
        /** A run of points each higher (or lower) than the one before. */
        TREND,
        /** Two of three points near or beyond a limit, on one side. */
        TWO_IN_THREE,
        /** A run of points on one side of the centre line. */
        SHIFT
    }

    /**
     * Checks the components.
     *
     * @param rule the rule, never null
     * @param side which way it points, never null
     * @param pointType the classification this signal gives the point for the chart's improvement
     *     direction, never null
     */
    public Signal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(pointType, "pointType");
    }
}
