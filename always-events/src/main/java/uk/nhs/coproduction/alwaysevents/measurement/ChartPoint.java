package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One point of an analysed chart, on the chart's displayed scale. This record is immutable and
 * thread-safe.
 *
 * @param number the 1-based point number
 * @param period the period label
 * @param value the plotted value (for a P chart the proportion; for an MR chart the moving
 *     range); empty for a gap
 * @param centre the centre line at this point; empty only when its part has no centre
 * @param limits the limits at this point; empty for a run chart, for a P or U gap (no
 *     denominator) and when no limits could be worked out (for example every moving range was
 *     screened out because the values are constant)
 * @param part the 1-based part the point belongs to
 * @param baseline whether the point is in its part's baseline (sets the centre and limits)
 * @param included whether the point is included (false for an excluded point)
 * @param sigmaSignal whether the point lies beyond a process (3-sigma) limit
 * @param runsSignal whether the point belongs to a non-random pattern: for the Anhøj rules, its
 *     part has a runs signal; for IHI, a shift or trend includes it or its part has too few or too
 *     many runs; for Making Data Count, a trend, two-in-three or shift includes it
 * @param signals every rule that fired at the point, highest priority first
 * @param specialCause the special cause that labels the point (highest priority); empty for a
 *     common-cause point, a gap, or with the Anhøj rules
 * @param pointType the point's classification; empty for a gap and with the Anhøj rules (whose
 *     signal belongs to a part, not a point)
 * @since 0.1.0
 */
public record ChartPoint(int number, String period, OptionalDouble value, OptionalDouble centre,
        Optional<ControlLimits> limits, int part, boolean baseline, boolean included, boolean sigmaSignal,
        boolean runsSignal, List<Signal> signals, Optional<SpecialCause> specialCause, Optional<PointType> pointType) {

    /**
     * Checks and copies the components.
     *
     * @param number the 1-based point number
     * @param period the period label
     * @param value the plotted value (for a P chart the proportion; for an MR chart the moving
     *     range); empty for a gap
     * @param centre the centre line at this point; empty only when its part has no centre
     * @param limits the limits at this point; empty for a run chart, for a P or U gap (no
     *     denominator) and when no limits could be worked out (for example every moving range was
     *     screened out because the values are constant)
     * @param part the 1-based part the point belongs to
     * @param baseline whether the point is in its part's baseline (sets the centre and limits)
     * @param included whether the point is included (false for an excluded point)
     * @param sigmaSignal whether the point lies beyond a process (3-sigma) limit
     * @param runsSignal whether the point belongs to a non-random pattern: for the Anhøj rules, its
     *     part has a runs signal; for IHI, a shift or trend includes it or its part has too few or
     *     too many runs; for Making Data Count, a trend, two-in-three or shift includes it
     * @param signals every rule that fired at the point, highest priority first
     * @param specialCause the special cause that labels the point (highest priority); empty for a
     *     common-cause point, a gap, or with the Anhøj rules
     * @param pointType the point's classification; empty for a gap and with the Anhøj rules (whose
     *     signal belongs to a part, not a point)
     */
    public ChartPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(limits, "limits");
        signals = List.copyOf(signals);
        Objects.requireNonNull(specialCause, "specialCause");
        Objects.requireNonNull(pointType, "pointType");
    }

    /** {@return whether the period has no value (a gap)} */
    public boolean isGap() {
        return value.isEmpty();
    }

    /**
     * {@return the special-cause label as NHSRplotthedots prints it: the special cause's label,
     * "Common Cause" for a classified common-cause point, empty when the point is not classified}
     */
    public Optional<String> specialCauseLabel() {
        if (specialCause.isPresent()) {
            return Optional.of(specialCause.get().label());
        }
        return pointType.map(type -> SpecialCause.COMMON_CAUSE_LABEL);
    }
}
