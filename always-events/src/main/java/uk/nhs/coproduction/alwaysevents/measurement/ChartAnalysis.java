package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An analysed chart: every point with its centre line, limits, signals and classification, a
 * summary of every part, the Making Data Count icons and plain-English notes. Obtain one from
 * {@link ChartSpec#analyse(Series)}.
 *
 * <p>Points are produced on demand from compact arrays, so an analysis of a million points stays
 * small; {@link #points()} is an unmodifiable list view. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChartAnalysis {

    static final int BASELINE = 1;
    static final int INCLUDED = 1 << 1;
    static final int SIGMA = 1 << 2;
    static final int RUNS = 1 << 3;
    static final int OUTSIDE_HIGH = 1 << 4;
    static final int OUTSIDE_LOW = 1 << 5;
    static final int TREND_HIGH = 1 << 6;
    static final int TREND_LOW = 1 << 7;
    static final int TWO_IN_THREE_HIGH = 1 << 8;
    static final int TWO_IN_THREE_LOW = 1 << 9;
    static final int SHIFT_HIGH = 1 << 10;
    static final int SHIFT_LOW = 1 << 11;

    private static final PointType[] TYPES = PointType.values();

    private final Series series;
    private final ChartSpec spec;
    private final double[] values;
    private final int[] partStarts;
    private final double[] partCentres;
    /** The centre the limits are worked out from: the mean of a G chart, the transformed mean of a T chart. */
    private final double[] limitCentres;
    private final double[] partUnits;
    private final double @Nullable [] pointUnits;
    private final int[] flags;
    private final byte[] pointTypes;
    private final List<PartSummary> parts;
    private final @Nullable VariationIcon variationIcon;
    private final @Nullable AssuranceIcon assuranceIcon;
    private final List<String> notes;

    ChartAnalysis(Series series, ChartSpec spec, double[] values, int[] partStarts, double[] partCentres,
            double[] limitCentres, double[] partUnits, double @Nullable [] pointUnits, int[] flags, byte[] pointTypes,
            List<PartSummary> parts, @Nullable VariationIcon variationIcon, @Nullable AssuranceIcon assuranceIcon,
            List<String> notes) {
        this.series = series;
        this.spec = spec;
        this.values = values;
        this.partStarts = partStarts;
        this.partCentres = partCentres;
        this.limitCentres = limitCentres;
        this.partUnits = partUnits;
        this.pointUnits = pointUnits;
        this.flags = flags;
        this.pointTypes = pointTypes;
        this.parts = List.copyOf(parts);
        this.variationIcon = variationIcon;
        this.assuranceIcon = assuranceIcon;
        this.notes = List.copyOf(notes);
    }

    /** {@return what was asked for} */
    public ChartSpec spec() {
        return spec;
    }

    /** {@return the series analysed} */
    public Series series() {
        return series;
    }

    /** {@return the chart type} */
    public ChartType chartType() {
        return spec.chartType();
    }

    /** {@return the rule set} */
    public RuleSet ruleSet() {
        return spec.ruleSet();
    }

    /** {@return the number of points, gaps included} */
    public int size() {
        return values.length;
    }

    /**
     * {@return the point at {@code index} (0-based)}
     *
     * @param index the point's 0-based position in the series
     */
    public ChartPoint point(int index) {
        int part = partOf(index);
        double m = spec.multiplier();
        double value = values[index];
        double centre = partCentres[part];
        int f = flags[index];
        byte type = pointTypes[index];
        List<Signal> signals = signals(f);
        Optional<SpecialCause> cause = Optional.empty();
        if (type >= 0 && !signals.isEmpty()) {
            Signal first = signals.get(0);
            cause = Optional.of(new SpecialCause(first.rule(), first.side(), lengthOf(first.rule())));
        }
        return new ChartPoint(index + 1, series.period(index),
                Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value * m),
                Double.isNaN(centre) ? OptionalDouble.empty() : OptionalDouble.of(centre * m),
                Optional.ofNullable(limitsAt(index, part)), part + 1, (f & BASELINE) != 0, (f & INCLUDED) != 0,
                (f & SIGMA) != 0, (f & RUNS) != 0, signals, cause,
                type < 0 ? Optional.empty() : Optional.of(TYPES[type]));
    }

    /** {@return every point, in time order, as an unmodifiable list view} */
    public List<ChartPoint> points() {
        return new PointList();
    }

    /** {@return the summary of every part, in order (at least one)} */
    public List<PartSummary> parts() {
        return parts;
    }

    /**
     * {@return the Making Data Count variation icon, from the latest point with a value. Empty with
     * the Anhøj rules, which classify parts, not points}
     */
    public Optional<VariationIcon> variationIcon() {
        return Optional.ofNullable(variationIcon);
    }

    /**
     * {@return the Making Data Count assurance icon: the target against the latest limits. Empty
     * without a target, with a neutral improvement direction, or when the chart has no limits}
     */
    public Optional<AssuranceIcon> assuranceIcon() {
        return Optional.ofNullable(assuranceIcon);
    }

    /**
     * {@return the variation icon of every kind of special cause anywhere on the chart (the Power
     * BI SPC visual's "flag variation at any point"), in the order improvement, concern, neutral
     * low, neutral high; {@code COMMON_CAUSE} alone when there is none. Unlike {@link
     * #variationIcon()} it counts every signal of every point, not only the label with the highest
     * priority. Empty with the Anhøj rules}
     */
    public List<VariationIcon> variationIconsAnyPoint() {
        if (variationIcon == null) {
            return List.of();
        }
        Set<PointType> seen = EnumSet.noneOf(PointType.class);
        for (int i = 0; i < flags.length; i++) {
            if (pointTypes[i] < 0) {
                continue;
            }
            for (Signal signal : signals(flags[i])) {
                seen.add(signal.pointType());
            }
        }
        ImprovementDirection direction = spec.improvement();
        List<VariationIcon> icons = new ArrayList<>();
        for (PointType type : List.of(PointType.SPECIAL_CAUSE_IMPROVEMENT, PointType.SPECIAL_CAUSE_CONCERN,
                PointType.SPECIAL_CAUSE_NEUTRAL_LOW, PointType.SPECIAL_CAUSE_NEUTRAL_HIGH)) {
            if (seen.contains(type)) {
                icons.add(type.variationIcon(direction));
            }
        }
        return icons.isEmpty() ? List.of(VariationIcon.COMMON_CAUSE) : List.copyOf(icons);
    }

    /** {@return the latest point that has a value, if any} */
    public Optional<ChartPoint> latestPoint() {
        for (int i = values.length - 1; i >= 0; i--) {
            if (!Double.isNaN(values[i])) {
                return Optional.of(point(i));
            }
        }
        return Optional.empty();
    }

    /**
     * {@return plain-English notes about the analysis: trial limits, rules that could not apply,
     * and why}
     */
    public List<String> notes() {
        return notes;
    }

    @Override
    public String toString() {
        return "ChartAnalysis[" + spec + ", " + values.length + " points, " + parts.size() + " part(s)"
                + (variationIcon == null ? "" : ", " + variationIcon.code())
                + (assuranceIcon == null ? "" : ", " + assuranceIcon.code()) + "]";
    }

    private int partOf(int index) {
        int lo = 0;
        int hi = partStarts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (partStarts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private int lengthOf(Signal.Rule rule) {
        RuleSet rules = spec.ruleSet();
        if (rule == Signal.Rule.SHIFT) {
            return rules instanceof RuleSet.Ihi ihi ? ihi.shiftLength()
                    : rules instanceof RuleSet.MakingDataCount mdc ? mdc.shiftLength() : 0;
        }
        if (rule == Signal.Rule.TREND) {
            return rules instanceof RuleSet.Ihi ihi ? ihi.trendLength()
                    : rules instanceof RuleSet.MakingDataCount mdc ? mdc.trendLength() : 0;
        }
        return rule == Signal.Rule.TWO_IN_THREE ? 3 : 0;
    }

    private List<Signal> signals(int f) {
        if ((f & (OUTSIDE_HIGH | OUTSIDE_LOW | TREND_HIGH | TREND_LOW | TWO_IN_THREE_HIGH | TWO_IN_THREE_LOW
                | SHIFT_HIGH | SHIFT_LOW)) == 0) {
            return List.of();
        }
        ImprovementDirection direction = spec.improvement();
        List<Signal> signals = new ArrayList<>(2);
        addSignal(signals, f, OUTSIDE_HIGH, OUTSIDE_LOW, Signal.Rule.OUTSIDE_LIMITS, direction);
        addSignal(signals, f, TREND_HIGH, TREND_LOW, Signal.Rule.TREND, direction);
        addSignal(signals, f, TWO_IN_THREE_HIGH, TWO_IN_THREE_LOW, Signal.Rule.TWO_IN_THREE, direction);
        addSignal(signals, f, SHIFT_HIGH, SHIFT_LOW, Signal.Rule.SHIFT, direction);
        return signals;
    }

    private static void addSignal(List<Signal> signals, int f, int high, int low, Signal.Rule rule,
            ImprovementDirection direction) {
        if ((f & high) != 0) {
            signals.add(new Signal(rule, Side.HIGH, Side.HIGH.pointType(direction)));
        } else if ((f & low) != 0) {
            signals.add(new Signal(rule, Side.LOW, Side.LOW.pointType(direction)));
        }
    }

    /** Writes the unscaled limits at a point into {@code out}; false when it has none. */
    boolean rawLimitsAt(int index, int part, double[] out) {
        return Analyser.rawLimits(spec.chartType(), limitCentres[part],
                pointUnits == null ? partUnits[part] : pointUnits[index], out);
    }

    /** The limits at a point on the displayed scale, or null. */
    @Nullable ControlLimits limitsAt(int index, int part) {
        double[] raw = Analyser.rawLimits(spec.chartType(), limitCentres[part],
                pointUnits == null ? partUnits[part] : pointUnits[index]);
        if (raw == null) {
            return null;
        }
        double m = spec.multiplier();
        return new ControlLimits(raw[0] * m, raw[1] * m, raw[2] * m, raw[3] * m, raw[4] * m, raw[5] * m);
    }

    private final class PointList extends AbstractList<ChartPoint> implements RandomAccess {
        @Override
        public ChartPoint get(int index) {
            java.util.Objects.checkIndex(index, values.length);
            return point(index);
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}
