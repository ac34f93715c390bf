package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What to draw and how to read it: the {@link ChartType}, the {@link RuleSet} (always chosen by the
 * caller), the {@link Baseline}, the {@link ImprovementDirection}, an optional target, whether
 * moving ranges are screened, and a display multiplier.
 *
 * <pre>{@code
 * ChartSpec spec = ChartSpec.of(ChartType.XMR, RuleSet.makingDataCount())
 *         .withImprovement(ImprovementDirection.INCREASE)
 *         .withTarget(95);
 * Outcome<ChartAnalysis> outcome = spec.analyse(series);
 * }</pre>
 *
 * <p>Defaults: the whole series as one baseline, improvement direction {@code INCREASE}, no
 * target, moving ranges screened (Nelson's rule: moving ranges of 3.267 &times; the average or
 * more are left out and the average is worked out again once, as all three peer tools do by
 * default), multiplier 1. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChartSpec {

    private final ChartType chartType;
    private final RuleSet ruleSet;
    private final Baseline baseline;
    private final ImprovementDirection improvement;
    private final double target;
    private final boolean screenMovingRanges;
    private final double multiplier;

    private ChartSpec(ChartType chartType, RuleSet ruleSet, Baseline baseline, ImprovementDirection improvement,
            double target, boolean screenMovingRanges, double multiplier) {
        this.chartType = Objects.requireNonNull(chartType, "chartType");
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.improvement = Objects.requireNonNull(improvement, "improvement");
        this.target = target;
        this.screenMovingRanges = screenMovingRanges;
        this.multiplier = multiplier;
    }

    /**
     * {@return a chart of {@code chartType} read with {@code ruleSet}, with the defaults above}
     *
     * @param chartType the kind of chart
     * @param ruleSet the rules that read the chart
     */
    public static ChartSpec of(ChartType chartType, RuleSet ruleSet) {
        return new ChartSpec(chartType, ruleSet, Baseline.whole(), ImprovementDirection.INCREASE, Double.NaN, true, 1);
    }

    /**
     * {@return the same chart with another baseline}
     *
     * @param newBaseline which points set the centre line and limits
     */
    public ChartSpec withBaseline(Baseline newBaseline) {
        return new ChartSpec(chartType, ruleSet, newBaseline, improvement, target, screenMovingRanges, multiplier);
    }

    /**
     * {@return the same chart read with another rule set}
     *
     * @param newRuleSet the rules that read the chart
     */
    public ChartSpec withRules(RuleSet newRuleSet) {
        return new ChartSpec(chartType, newRuleSet, baseline, improvement, target, screenMovingRanges, multiplier);
    }

    /**
     * {@return the same chart with another improvement direction}
     *
     * @param direction which way is improvement
     */
    public ChartSpec withImprovement(ImprovementDirection direction) {
        return new ChartSpec(chartType, ruleSet, baseline, direction, target, screenMovingRanges, multiplier);
    }

    /**
     * {@return the same chart with a target (or aim), on the chart's displayed scale (after the
     * multiplier): drawn as a line and used for the assurance icon}
     *
     * @param newTarget the target, on the chart's displayed scale
     * @throws IllegalArgumentException if {@code newTarget} is not finite
     */
    public ChartSpec withTarget(double newTarget) {
        if (!Double.isFinite(newTarget)) {
            throw new IllegalArgumentException("a target must be a finite number: " + newTarget);
        }
        return new ChartSpec(chartType, ruleSet, baseline, improvement, newTarget, screenMovingRanges, multiplier);
    }

    /** {@return the same chart without a target} */
    public ChartSpec withoutTarget() {
        return new ChartSpec(chartType, ruleSet, baseline, improvement, Double.NaN, screenMovingRanges, multiplier);
    }

    /**
     * {@return the same chart with moving-range screening switched on or off (I, P&prime; and XmR
     * charts)}
     *
     * @param screen whether moving ranges above the upper range limit are left out of the limits
     */
    public ChartSpec withScreenedMovingRanges(boolean screen) {
        return new ChartSpec(chartType, ruleSet, baseline, improvement, target, screen, multiplier);
    }

    /**
     * {@return the same chart shown multiplied by {@code factor}, for example 100 for percentages
     * or 1000 for a rate per 1,000. As in qicharts2, the multiplier applies after every
     * computation, so it never changes a signal}
     *
     * @param factor what every value, centre line and limit is multiplied by
     * @throws IllegalArgumentException if {@code factor} is not finite and positive
     */
    public ChartSpec withMultiplier(double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("a multiplier must be finite and positive: " + factor);
        }
        return new ChartSpec(chartType, ruleSet, baseline, improvement, target, screenMovingRanges, factor);
    }

    /** {@return the chart type} */
    public ChartType chartType() {
        return chartType;
    }

    /** {@return the rule set} */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** {@return the baseline} */
    public Baseline baseline() {
        return baseline;
    }

    /** {@return the improvement direction} */
    public ImprovementDirection improvement() {
        return improvement;
    }

    /** {@return the target, if set} */
    public OptionalDouble target() {
        return Double.isNaN(target) ? OptionalDouble.empty() : OptionalDouble.of(target);
    }

    /** {@return whether moving ranges are screened} */
    public boolean screenMovingRanges() {
        return screenMovingRanges;
    }

    /** {@return the display multiplier} */
    public double multiplier() {
        return multiplier;
    }

    /**
     * Analyses {@code series}: the centre line and limits of every part, the signals of the rule
     * set, the point types and the Making Data Count icons.
     *
     * @param series the data to analyse
     * @return the analysis, or a refusal naming the points or options at fault
     */
    public Outcome<ChartAnalysis> analyse(Series series) {
        return Analyser.analyse(series, this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChartSpec that && chartType == that.chartType && ruleSet.equals(that.ruleSet)
                && baseline.equals(that.baseline) && improvement == that.improvement
                && Double.compare(target, that.target) == 0 && screenMovingRanges == that.screenMovingRanges
                && Double.compare(multiplier, that.multiplier) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(chartType, ruleSet, baseline, improvement, target, screenMovingRanges, multiplier);
    }

    @Override
    public String toString() {
        return "ChartSpec[" + chartType.code() + ", " + ruleSet.code() + ", " + baseline + ", " + improvement.code()
                + (target().isPresent() ? ", target " + target : "") + (screenMovingRanges ? "" : ", unscreened")
                + (multiplier == 1 ? "" : ", ×" + multiplier) + "]";
    }
}
