package uk.nhs.coproduction.alwaysevents.measurement;

import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.BASELINE;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.INCLUDED;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.OUTSIDE_HIGH;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.OUTSIDE_LOW;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.RUNS;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.SHIFT_HIGH;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.SHIFT_LOW;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.SIGMA;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.TREND_HIGH;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.TREND_LOW;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.TWO_IN_THREE_HIGH;
import static uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis.TWO_IN_THREE_LOW;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.measurement.internal.Centres;
import uk.nhs.coproduction.alwaysevents.measurement.internal.Patterns;
import uk.nhs.coproduction.alwaysevents.measurement.internal.RunsThresholds;
import uk.nhs.coproduction.alwaysevents.measurement.internal.SubgroupConstants;

/**
 * Works out a {@link ChartAnalysis}: validates the series against the chart and baseline, computes
 * every part's centre line and limits, applies the rule set and classifies the points. Each step
 * is linear in the number of points.
 */
final class Analyser {

    /** d2 for moving ranges of two: sigma = average moving range / 1.128. */
    static final double D2 = 1.128;
    /** D4 for moving ranges of two: the upper limit of a moving range is 3.267 times the average. */
    static final double D4 = 3.267;
    /** Making Data Count's constant: process limits at the mean plus or minus 2.66 times the AMR. */
    static final double MDC_FACTOR = 2.66;
    /** A part with fewer points than this has trial limits (NHSRplotthedots' warning threshold). */
    static final int TRIAL_LIMITS_BELOW = 13;
    /** Nelson's power for a T chart: times between events are charted on the scale y^(1/3.6). */
    static final double T_POWER = 3.6;
    /** Where the Making Data Count two-in-three rule looks, in sigma. */
    private static final double[] K = {3, 2, 1};

    private Analyser() {
    }

    /**
     * The unscaled limits {lower, upper, lower2, upper2, lower1, upper1} for a centre and a sigma
     * unit, clamped as the chart requires; null when they cannot be worked out.
     */
    static double @Nullable [] rawLimits(ChartType type, double centre, double unit) {
        double[] limits = new double[6];
        return rawLimits(type, centre, unit, limits) ? limits : null;
    }

    /**
     * Writes the unscaled limits {lower, upper, lower2, upper2, lower1, upper1} into {@code out};
     * false (and {@code out} untouched) when there are none.
     */
    static boolean rawLimits(ChartType type, double centre, double unit, double[] out) {
        if (!Double.isFinite(centre) || type == ChartType.RUN) {
            return false;
        }
        if (type == ChartType.MR) {
            out[0] = 0;
            out[1] = D4 * centre;
            out[2] = 0;
            out[3] = D4 / 3 * 2 * centre;
            out[4] = 0;
            out[5] = D4 / 3 * centre;
            return true;
        }
        if (!Double.isFinite(unit)) {
            return false;
        }
        boolean proportion = type == ChartType.P || type == ChartType.P_PRIME;
        boolean floored = type == ChartType.U || type == ChartType.C || type == ChartType.G || type == ChartType.S;
        for (int k = 0; k < 3; k++) {
            double lower = centre - K[k] * unit;
            double upper = centre + K[k] * unit;
            if (proportion) {
                lower = Math.max(0, lower);
                upper = Math.min(1, upper);
            } else if (floored) {
                lower = Math.max(0, lower);
            } else if (type == ChartType.T) {
                // The centre and unit are on the transformed scale: back to times, below zero is zero.
                lower = lower <= 0 ? 0 : Math.pow(lower, T_POWER);
                upper = upper <= 0 ? 0 : Math.pow(upper, T_POWER);
            }
            out[2 * k] = lower;
            out[2 * k + 1] = upper;
        }
        return true;
    }

    static Outcome<ChartAnalysis> analyse(Series series, ChartSpec spec) {
        ChartType type = spec.chartType();
        int n = series.size();
        List<Problem> problems = new ArrayList<>();

        // 1. The plotted values.
        double[] values;
        double[] numerators = null;
        double[] denominators = null;
        if (type.needsCounts() && series.kind() != Series.Kind.COUNTS) {
            return Outcome.refused(List.of(Problem.of(Problem.Kind.COUNTS_REQUIRED, "A " + type.title()
                    + " needs a numerator and a denominator for every period, but the series holds "
                    + (series.kind() == Series.Kind.VALUES ? "values." : "subgroups."))));
        }
        if (type.needsSubgroups() != (series.kind() == Series.Kind.SUBGROUPS)) {
            return Outcome.refused(List.of(Problem.of(Problem.Kind.SUBGROUPS_REQUIRED, type.needsSubgroups()
                    ? "A " + type.title() + " needs a subgroup (several values) for every period, but the series "
                            + "holds " + (series.kind() == Series.Kind.VALUES ? "values." : "counts.")
                    : "A " + type.title() + " reads one value per period, but the series holds subgroups: use an "
                            + ChartType.XBAR.title() + " or an " + ChartType.S.title() + ".")));
        }
        boolean eventsBetween = type == ChartType.C || type == ChartType.G || type == ChartType.T;
        if (eventsBetween && series.kind() != Series.Kind.VALUES) {
            return Outcome.refused(List.of(Problem.of(Problem.Kind.COUNTS_REQUIRED, "A " + type.title()
                    + " needs one " + (type == ChartType.C ? "count of events" : type == ChartType.G
                            ? "number of cases between events" : "time between events")
                    + " per period, but the series holds numerators and denominators.")));
        }
        int[] sizes = null;
        if (series.kind() == Series.Kind.SUBGROUPS) {
            sizes = series.subgroupSizes();
            values = type == ChartType.XBAR ? series.firstColumn() : series.denominators();
            for (int i = 0; i < n; i++) {
                if (type == ChartType.S && !series.isMissing(i) && sizes[i] < 2) {
                    problems.add(Problem.at(Problem.Kind.EMPTY_SUBGROUP, i + 1, series.period(i), "Point " + (i + 1)
                            + " (" + series.period(i) + "): an S chart needs two or more values in every subgroup, "
                            + "and this one has " + sizes[i] + "."));
                }
            }
        } else if (series.kind() == Series.Kind.COUNTS) {
            numerators = series.firstColumn();
            denominators = series.denominators();
            values = new double[n];
            for (int i = 0; i < n; i++) {
                double num = numerators[i];
                double den = denominators[i];
                if (Double.isNaN(num)) {
                    values[i] = Double.NaN;
                } else if (den == 0) {
                    values[i] = Double.NaN;
                    if (num > 0) {
                        problems.add(Problem.at(Problem.Kind.EVENTS_WITHOUT_DENOMINATOR, i + 1, series.period(i),
                                "Point " + (i + 1) + " (" + series.period(i) + "): " + format(num)
                                        + " events were counted but the denominator is 0."));
                    }
                } else {
                    if ((type == ChartType.P || type == ChartType.P_PRIME) && num > den) {
                        problems.add(Problem.at(Problem.Kind.NUMERATOR_ABOVE_DENOMINATOR, i + 1, series.period(i),
                                "Point " + (i + 1) + " (" + series.period(i) + "): "
                                        + CountRule.problemWith(num, den) + "; a proportion cannot exceed 1."));
                    }
                    values[i] = num / den;
                }
            }
        } else {
            values = series.firstColumn();
            for (int i = 0; eventsBetween && i < n; i++) {
                double v = values[i];
                if (type == ChartType.T ? v <= 0 : v < 0) {
                    problems.add(Problem.at(type == ChartType.T ? Problem.Kind.NOT_POSITIVE : Problem.Kind.NEGATIVE_COUNT,
                            i + 1, series.period(i), "Point " + (i + 1) + " (" + series.period(i) + "): "
                                    + (type == ChartType.T ? "the time between events must be greater than 0, not "
                                            : type == ChartType.C ? "the count of events cannot be negative: "
                                                    : "the number of cases between events cannot be negative: ")
                                    + format(v) + "."));
                }
            }
        }

        // 2. Parts, baseline and exclusions.
        Baseline baseline = spec.baseline();
        int[] partStarts = partStarts(series, baseline, problems);
        int[] flags = new int[n];
        int freeze = baseline.freezeRaw();
        int fixAfter = baseline.fixAfterRaw();
        if (freeze != Baseline.NOT_SET && (freeze < 1 || freeze > n)) {
            problems.add(Problem.of(Problem.Kind.POINT_OUT_OF_RANGE,
                    "Freeze " + freeze + " is not a point of the series (1 to " + n + ")."));
        }
        if (freeze != Baseline.NOT_SET && (baseline.partsAfterRaw().length > 0 || !baseline.rebasePeriods().isEmpty())) {
            problems.add(Problem.of(Problem.Kind.CONFLICTING_BASELINE, "Freeze cannot be combined with parts or "
                    + "rebasing: each part already has its own baseline (use fix-after to fix each part's baseline)."));
        }
        if (freeze != Baseline.NOT_SET && fixAfter != Baseline.NOT_SET) {
            problems.add(Problem.of(Problem.Kind.CONFLICTING_BASELINE,
                    "Freeze and fix-after cannot both be given: choose one baseline."));
        }
        if (fixAfter != Baseline.NOT_SET && fixAfter < 1) {
            problems.add(Problem.of(Problem.Kind.POINT_OUT_OF_RANGE,
                    "Fix-after " + fixAfter + " must be at least 1 point."));
        }
        for (int excluded : baseline.excludedRaw()) {
            if (excluded < 1 || excluded > n) {
                problems.add(Problem.of(Problem.Kind.POINT_OUT_OF_RANGE,
                        "Excluded point " + excluded + " is not a point of the series (1 to " + n + ")."));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        int parts = partStarts.length - 1;
        for (int p = 0; p < parts; p++) {
            for (int i = partStarts[p]; i < partStarts[p + 1]; i++) {
                boolean inBaseline = freeze != Baseline.NOT_SET ? i < freeze
                        : fixAfter == Baseline.NOT_SET || i - partStarts[p] < fixAfter;
                flags[i] = (inBaseline ? BASELINE : 0) | INCLUDED;
            }
        }
        for (int excluded : baseline.excludedRaw()) {
            flags[excluded - 1] &= ~INCLUDED;
        }

        // 3. A moving-range chart plots the moving ranges within each part.
        if (type == ChartType.MR) {
            double[] ranges = new double[n];
            for (int p = 0; p < parts; p++) {
                ranges[partStarts[p]] = Double.NaN;
                for (int i = partStarts[p] + 1; i < partStarts[p + 1]; i++) {
                    ranges[i] = Math.abs(values[i] - values[i - 1]);
                }
            }
            values = ranges;
        }

        // 4. Centre lines and limits, part by part.
        double[] centres = new double[parts];
        double[] limitCentres = centres;
        if (type == ChartType.G || type == ChartType.T) {
            limitCentres = new double[parts];
        }
        double[] transformed = null;
        if (type == ChartType.T) {
            transformed = new double[n];
            for (int i = 0; i < n; i++) {
                transformed[i] = Math.pow(values[i], 1 / T_POWER);
            }
        }
        double[] units = new double[parts];
        Arrays.fill(units, Double.NaN);
        double[] pointUnits = type == ChartType.P || type == ChartType.P_PRIME || type == ChartType.U
                || type.needsSubgroups() ? new double[n] : null;
        List<String> notes = new ArrayList<>();
        int[] base = new int[n];
        for (int p = 0; p < parts; p++) {
            int start = partStarts[p];
            int end = partStarts[p + 1];
            int count = 0;
            for (int i = start; i < end; i++) {
                if ((flags[i] & (BASELINE | INCLUDED)) == (BASELINE | INCLUDED)) {
                    base[count++] = i;
                }
            }
            String where = parts == 1 ? "The baseline" : "The baseline of part " + (p + 1);
            switch (type) {
                case RUN -> centres[p] = Centres.median(values, base, count);
                case I, XMR -> {
                    centres[p] = Centres.mean(values, base, count);
                    double amr = averageMovingRange(values, base, count, spec.screenMovingRanges());
                    if (amr == NO_MOVING_RANGE) {
                        problems.add(noMovingRange(where));
                    } else if (Double.isNaN(amr)) {
                        notes.add(partName(p, parts) + ": every moving range was screened out (the baseline "
                                + "values do not vary), so there are no limits.");
                    }
                    units[p] = type == ChartType.I ? amr / D2 : MDC_FACTOR * amr / 3;
                }
                case C -> {
                    centres[p] = Centres.mean(values, base, count);
                    units[p] = Math.sqrt(centres[p]);
                }
                case G -> {
                    double mean = Centres.mean(values, base, count);
                    limitCentres[p] = mean;
                    units[p] = Math.sqrt(mean * (mean + 1));
                    centres[p] = Centres.median(values, base, count);
                }
                case T -> {
                    double mean = Centres.mean(transformed, base, count);
                    limitCentres[p] = mean;
                    centres[p] = Math.pow(mean, T_POWER);
                    double amr = averageMovingRange(transformed, base, count, spec.screenMovingRanges());
                    if (amr == NO_MOVING_RANGE) {
                        problems.add(noMovingRange(where));
                    } else if (Double.isNaN(amr)) {
                        notes.add(partName(p, parts) + ": every moving range was screened out (the baseline "
                                + "times do not vary), so there are no limits.");
                    }
                    units[p] = amr / D2;
                }
                case XBAR, S -> {
                    double weighted = 0;
                    double size = 0;
                    double squares = 0;
                    double freedom = 0;
                    for (int k = 0; k < count; k++) {
                        int i = base[k];
                        if (!series.isMissing(i)) {
                            double sd = series.denominators()[i];
                            weighted += sizes[i] * series.firstColumn()[i];
                            size += sizes[i];
                            squares += (sizes[i] - 1) * sd * sd;
                            freedom += sizes[i] - 1;
                        }
                    }
                    double pooled = freedom == 0 ? Double.NaN : Math.sqrt(squares / freedom);
                    centres[p] = size == 0 ? Double.NaN : type == ChartType.XBAR ? weighted / size : pooled;
                    if (size > 0 && freedom == 0) {
                        notes.add(partName(p, parts) + ": every baseline subgroup has one value, so there is no "
                                + "standard deviation within subgroups and no limits.");
                    }
                    for (int i = start; i < end; i++) {
                        double c4 = series.isMissing(i) ? Double.NaN : SubgroupConstants.c4(sizes[i]);
                        pointUnits[i] = type == ChartType.XBAR ? pooled / (c4 * Math.sqrt(sizes[i]))
                                : pooled * Math.sqrt(1 - c4 * c4) / c4;
                    }
                }
                case MR -> {
                    centres[p] = Centres.mean(values, base, count);
                    if (Double.isNaN(centres[p])) {
                        problems.add(noMovingRange(where));
                    }
                }
                case P, P_PRIME, U -> {
                    double sumNumerator = 0;
                    double sumDenominator = 0;
                    for (int k = 0; k < count; k++) {
                        int i = base[k];
                        if (!Double.isNaN(numerators[i])) {
                            sumNumerator += numerators[i];
                            sumDenominator += denominators[i];
                        }
                    }
                    double centre = sumNumerator / sumDenominator;
                    centres[p] = centre;
                    if (sumDenominator == 0) {
                        centres[p] = Double.NaN;
                        break;
                    }
                    for (int i = start; i < end; i++) {
                        double den = denominators[i];
                        pointUnits[i] = Double.isNaN(numerators[i]) || den == 0 ? Double.NaN
                                : type == ChartType.U ? Math.sqrt(centre / den) : Math.sqrt(centre * (1 - centre) / den);
                    }
                    if (type == ChartType.P_PRIME) {
                        double sigmaZ = laneySigmaZ(values, pointUnits, centre, base, count, spec.screenMovingRanges());
                        if (sigmaZ == NO_MOVING_RANGE) {
                            problems.add(noMovingRange(where));
                        } else if (Double.isNaN(sigmaZ)) {
                            notes.add(partName(p, parts) + ": the proportions do not vary between periods, so "
                                    + "the P′ chart has no limits.");
                        }
                        for (int i = start; i < end; i++) {
                            pointUnits[i] *= sigmaZ;
                        }
                    }
                }
                default -> throw new IllegalStateException("chart type " + type);
            }
            if (Double.isNaN(centres[p]) && problems.isEmpty()) {
                problems.add(Problem.of(Problem.Kind.TOO_FEW_POINTS, where + " has no values, so it has no centre line."));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }

        // 5. Sides of the centre line, zones between the limits, and points beyond the limits.
        byte[] sides = new byte[n];
        byte[] zones = new byte[n];
        double[] pointLimits = new double[6];
        for (int p = 0; p < parts; p++) {
            double centre = centres[p];
            for (int i = partStarts[p]; i < partStarts[p + 1]; i++) {
                double v = values[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                sides[i] = (byte) (v > centre ? 1 : (v < centre ? -1 : 0));
                if (!rawLimits(type, limitCentres[p], pointUnits == null ? units[p] : pointUnits[i], pointLimits)) {
                    continue;
                }
                if (v > pointLimits[1]) {
                    zones[i] = 2;
                    flags[i] |= SIGMA | OUTSIDE_HIGH;
                } else if (v < pointLimits[0]) {
                    zones[i] = -2;
                    flags[i] |= SIGMA | OUTSIDE_LOW;
                } else if (v > pointLimits[3]) {
                    zones[i] = 1;
                } else if (v < pointLimits[2]) {
                    zones[i] = -1;
                }
            }
        }

        // 6. The rule set, part by part.
        RuleSet rules = spec.ruleSet();
        int[] sequence = base;
        RunsFigures[] figures = new RunsFigures[parts];
        for (int p = 0; p < parts; p++) {
            int start = partStarts[p];
            int end = partStarts[p + 1];
            int present = 0;
            for (int i = start; i < end; i++) {
                if ((flags[i] & INCLUDED) != 0 && !Double.isNaN(values[i])) {
                    sequence[present++] = i;
                }
            }
            if (rules instanceof RuleSet.MakingDataCount mdc) {
                if (type != ChartType.MR) {
                    Patterns.shift(sides, sequence, present, mdc.shiftLength(), flags, SHIFT_HIGH, SHIFT_LOW);
                    Patterns.trend(values, sequence, present, mdc.trendLength(), true, flags, TREND_HIGH, TREND_LOW);
                    switch (mdc.twoInThree()) {
                        case CLOSE_TO_LIMITS_SAME_SIDE -> Patterns.twoInThreeCloseSameSide(zones, sides, sequence,
                                present, flags, TWO_IN_THREE_HIGH, TWO_IN_THREE_LOW);
                        case NET_BEYOND_TWO_SIGMA -> Patterns.twoInThreeNet(zones, sequence, present, false, flags,
                                TWO_IN_THREE_HIGH, TWO_IN_THREE_LOW);
                        case NET_BEYOND_TWO_SIGMA_WHOLE_PATTERN -> Patterns.twoInThreeNet(zones, sequence, present,
                                true, flags, TWO_IN_THREE_HIGH, TWO_IN_THREE_LOW);
                    }
                }
                for (int i = start; i < end; i++) {
                    if ((flags[i] & (TREND_HIGH | TREND_LOW | TWO_IN_THREE_HIGH | TWO_IN_THREE_LOW | SHIFT_HIGH
                            | SHIFT_LOW)) != 0) {
                        flags[i] |= RUNS;
                    }
                }
                continue;
            }
            // Anhøj and IHI: the runs about the centre line, from the useful points.
            int trendCount = present;
            int[] trendSequence = rules instanceof RuleSet.Ihi ? Arrays.copyOf(sequence, present) : null;
            int useful = 0;
            for (int k = 0; k < present; k++) {
                if (sides[sequence[k]] != 0) {
                    sequence[useful++] = sequence[k];
                }
            }
            RunsFigures runs = RunsFigures.of(sides, sequence, useful);
            figures[p] = runs;
            boolean partSignal;
            if (rules instanceof RuleSet.Ihi ihi) {
                partSignal = false;
                if (type != ChartType.MR) {
                    Patterns.shift(sides, sequence, useful, ihi.shiftLength(), flags, SHIFT_HIGH, SHIFT_LOW);
                    Patterns.trend(values, trendSequence, trendCount, ihi.trendLength(), false, flags, TREND_HIGH,
                            TREND_LOW);
                    int[] limits = RunsThresholds.runsLimits(useful);
                    if (limits != null) {
                        int runCount = runs.crossings + 1;
                        partSignal = runCount < limits[0] || runCount > limits[1];
                    } else {
                        notes.add(partName(p, parts) + " has " + useful + " useful observations: the IHI rule for "
                                + "too few or too many runs needs at least 10.");
                    }
                }
                for (int i = start; i < end; i++) {
                    if (partSignal || (flags[i] & (TREND_HIGH | TREND_LOW | SHIFT_HIGH | SHIFT_LOW)) != 0) {
                        flags[i] |= RUNS;
                    }
                }
            } else {
                partSignal = type != ChartType.MR && useful > 0
                        && (runs.longestRun > RunsThresholds.longestRunMax(useful)
                                || runs.crossings < RunsThresholds.crossingsMin(useful));
                if (partSignal) {
                    for (int i = start; i < end; i++) {
                        flags[i] |= RUNS;
                    }
                }
            }
        }

        // 7. Point types, icons and part summaries.
        byte[] pointTypes = new byte[n];
        boolean classify = !(rules instanceof RuleSet.Anhoej);
        ImprovementDirection direction = spec.improvement();
        for (int i = 0; i < n; i++) {
            pointTypes[i] = !classify || Double.isNaN(values[i]) ? -1 : (byte) pointType(flags[i], direction).ordinal();
        }
        ChartAnalysis draft = new ChartAnalysis(series, spec, values, partStarts, centres, limitCentres, units,
                pointUnits, flags,
                pointTypes, List.of(), null, null, List.of());
        List<PartSummary> summaries = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            summaries.add(summarise(draft, p, partStarts, values, flags, pointTypes, centres[p], figures[p], notes));
        }
        VariationIcon variation = null;
        if (classify) {
            for (int i = n - 1; i >= 0; i--) {
                if (pointTypes[i] >= 0) {
                    variation = PointType.values()[pointTypes[i]].variationIcon(direction);
                    break;
                }
            }
        }
        AssuranceIcon assurance = assurance(draft, spec, 0, n, partStarts);
        return Outcome.accepted(new ChartAnalysis(series, spec, values, partStarts, centres, limitCentres, units,
                pointUnits, flags, pointTypes, summaries, variation, assurance, notes));
    }

    private static PartSummary summarise(ChartAnalysis draft, int p, int[] partStarts, double[] values, int[] flags,
            byte[] pointTypes, double centre, @Nullable RunsFigures runs, List<String> notes) {
        ChartSpec spec = draft.spec();
        ChartType type = spec.chartType();
        int start = partStarts[p];
        int end = partStarts[p + 1];
        int observations = 0;
        int sigmaSignals = 0;
        boolean runsSignal = false;
        double[] limitSums = new double[6];
        double[] pointLimits = new double[6];
        double m = spec.multiplier();
        int withLimits = 0;
        Map<PointType, Integer> counts = new EnumMap<>(PointType.class);
        PointType latest = null;
        for (int i = start; i < end; i++) {
            int f = flags[i];
            if ((f & INCLUDED) != 0) {
                observations++;
            }
            if ((f & SIGMA) != 0) {
                sigmaSignals++;
            }
            runsSignal |= (f & RUNS) != 0;
            if (draft.rawLimitsAt(i, p, pointLimits)) {
                withLimits++;
                for (int k = 0; k < 6; k++) {
                    limitSums[k] += pointLimits[k] * m;
                }
            }
            if (pointTypes[i] >= 0) {
                PointType pointType = PointType.values()[pointTypes[i]];
                counts.merge(pointType, 1, Integer::sum);
                latest = pointType;
            }
        }
        Optional<ControlLimits> average = withLimits == 0 ? Optional.empty()
                : Optional.of(new ControlLimits(limitSums[0] / withLimits, limitSums[1] / withLimits,
                        limitSums[2] / withLimits, limitSums[3] / withLimits, limitSums[4] / withLimits,
                        limitSums[5] / withLimits));
        boolean trial = type.hasLimits() && end - start < TRIAL_LIMITS_BELOW;
        if (trial) {
            notes.add(partName(p, partStarts.length - 1) + " has " + (end - start) + " points: its limits are trial "
                    + "limits until it has " + TRIAL_LIMITS_BELOW + " or more.");
        }
        OptionalInt longestRun = OptionalInt.empty();
        OptionalInt longestRunMax = OptionalInt.empty();
        OptionalInt crossings = OptionalInt.empty();
        OptionalInt crossingsMin = OptionalInt.empty();
        OptionalInt crossingsMax = OptionalInt.empty();
        int useful = 0;
        if (runs != null) {
            useful = runs.useful;
            if (useful > 0) {
                longestRun = OptionalInt.of(runs.longestRun);
                crossings = OptionalInt.of(runs.crossings);
                if (spec.ruleSet() instanceof RuleSet.Ihi ihi) {
                    longestRunMax = OptionalInt.of(ihi.shiftLength() - 1);
                    int[] limits = RunsThresholds.runsLimits(useful);
                    if (limits != null) {
                        crossingsMin = OptionalInt.of(limits[0] - 1);
                        crossingsMax = OptionalInt.of(limits[1] - 1);
                    }
                } else {
                    longestRunMax = OptionalInt.of(RunsThresholds.longestRunMax(useful));
                    crossingsMin = OptionalInt.of(RunsThresholds.crossingsMin(useful));
                }
            }
        }
        return new PartSummary(p + 1, start + 1, end, observations, useful, longestRun, longestRunMax, crossings,
                crossingsMin, crossingsMax, runsSignal, sigmaSignals,
                Double.isNaN(centre) ? OptionalDouble.empty() : OptionalDouble.of(centre * m), average, trial, counts,
                Optional.ofNullable(latest), Optional.ofNullable(assurance(draft, spec, start, end, partStarts)));
    }

    /** The assurance icon from the last limits in [start, end), or null. */
    private static @Nullable AssuranceIcon assurance(ChartAnalysis draft, ChartSpec spec, int start, int end,
            int[] partStarts) {
        if (spec.target().isEmpty() || spec.improvement() == ImprovementDirection.NEUTRAL) {
            return null;
        }
        double target = spec.target().getAsDouble();
        for (int i = end - 1; i >= start; i--) {
            int part = partOfIndex(partStarts, i);
            ControlLimits limits = draft.limitsAt(i, part);
            if (limits == null) {
                continue;
            }
            boolean increase = spec.improvement() == ImprovementDirection.INCREASE;
            if (target > limits.upper()) {
                return increase ? AssuranceIcon.CONSISTENT_FAIL : AssuranceIcon.CONSISTENT_PASS;
            }
            if (target < limits.lower()) {
                return increase ? AssuranceIcon.CONSISTENT_PASS : AssuranceIcon.CONSISTENT_FAIL;
            }
            return AssuranceIcon.INCONSISTENT;
        }
        return null;
    }

    private static int partOfIndex(int[] partStarts, int index) {
        int p = 0;
        while (p + 1 < partStarts.length - 1 && partStarts[p + 1] <= index) {
            p++;
        }
        return p;
    }

    /** The type of a point from its flags: the side of its highest-priority signal. */
    private static PointType pointType(int f, ImprovementDirection direction) {
        for (int k = 0; k < PRIORITY_HIGH.length; k++) {
            if ((f & PRIORITY_HIGH[k]) != 0) {
                return Side.HIGH.pointType(direction);
            }
            if ((f & PRIORITY_LOW[k]) != 0) {
                return Side.LOW.pointType(direction);
            }
        }
        return PointType.COMMON_CAUSE;
    }

    /** The HIGH and LOW bits of the point rules, highest priority first. */
    private static final int[] PRIORITY_HIGH = {OUTSIDE_HIGH, TREND_HIGH, TWO_IN_THREE_HIGH, SHIFT_HIGH};
    private static final int[] PRIORITY_LOW = {OUTSIDE_LOW, TREND_LOW, TWO_IN_THREE_LOW, SHIFT_LOW};

    /** Returned when a baseline has no moving range at all. */
    private static final double NO_MOVING_RANGE = Double.NEGATIVE_INFINITY;

    /**
     * The average moving range of consecutive baseline points (an excluded point is bridged, a gap
     * is not: both moving ranges touching it are missing), screened once by Nelson's rule if asked.
     * NaN when screening leaves none; {@link #NO_MOVING_RANGE} when there was none to start with.
     */
    private static double averageMovingRange(double[] values, int[] base, int count, boolean screen) {
        if (count < 2) {
            return NO_MOVING_RANGE;
        }
        double[] ranges = new double[count - 1];
        for (int k = 1; k < count; k++) {
            ranges[k - 1] = Math.abs(values[base[k]] - values[base[k - 1]]);
        }
        return screenedMean(ranges, screen);
    }

    private static double screenedMean(double[] ranges, boolean screen) {
        double amr = Centres.mean(ranges, ranges.length);
        if (Double.isNaN(amr)) {
            return NO_MOVING_RANGE;
        }
        if (!screen) {
            return amr;
        }
        double limit = D4 * amr;
        int kept = 0;
        for (double range : ranges) {
            if (range < limit) {
                ranges[kept++] = range;
            }
        }
        return kept == 0 ? Double.NaN : Centres.mean(ranges, kept);
    }

    /**
     * Laney's sigma-z: the average moving range of the standardised baseline proportions, over
     * 1.128, screened if asked.
     */
    private static double laneySigmaZ(double[] values, double[] units, double centre, int[] base, int count,
            boolean screen) {
        if (count < 2) {
            return NO_MOVING_RANGE;
        }
        double[] ranges = new double[count - 1];
        for (int k = 1; k < count; k++) {
            double z1 = (values[base[k - 1]] - centre) / units[base[k - 1]];
            double z2 = (values[base[k]] - centre) / units[base[k]];
            double range = Math.abs(z2 - z1);
            ranges[k - 1] = Double.isFinite(range) ? range : Double.NaN;
        }
        double amr = screenedMean(ranges, screen);
        if (amr == NO_MOVING_RANGE) {
            boolean anyPair = false;
            for (int k = 1; k < count && !anyPair; k++) {
                anyPair = !Double.isNaN(values[base[k]]) && !Double.isNaN(values[base[k - 1]]);
            }
            return anyPair ? Double.NaN : NO_MOVING_RANGE;
        }
        return amr / D2;
    }

    /** The 0-based first point of every part, with the size of the series appended. */
    private static int[] partStarts(Series series, Baseline baseline, List<Problem> problems) {
        int n = series.size();
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (int last : baseline.partsAfterRaw()) {
            if (last < 1 || last >= n) {
                problems.add(Problem.of(Problem.Kind.POINT_OUT_OF_RANGE, "A part cannot end after point " + last
                        + ": parts must end at points 1 to " + (n - 1) + " (the last part runs to the end)."));
            } else {
                starts.add(last);
            }
        }
        for (String period : baseline.rebasePeriods()) {
            OptionalInt index = series.indexOf(period);
            if (index.isEmpty()) {
                problems.add(Problem.of(Problem.Kind.UNKNOWN_PERIOD,
                        "Cannot rebase at " + period + ": it is not a period of the series."));
            } else {
                starts.add(index.getAsInt());
            }
        }
        int[] result = new int[starts.size() + 1];
        int k = 0;
        for (int start : starts) {
            result[k++] = start;
        }
        result[k] = n;
        return result;
    }

    private static Problem noMovingRange(String where) {
        return Problem.of(Problem.Kind.TOO_FEW_POINTS, where + " needs at least two consecutive values to work out "
                + "a moving range, and has none.");
    }

    private static String partName(int p, int parts) {
        return parts == 1 ? "The chart" : "Part " + (p + 1);
    }

    private static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                : Double.toString(number);
    }

    /** The runs about the centre line of one part's useful points. */
    private record RunsFigures(int useful, int longestRun, int crossings) {
        static RunsFigures of(byte[] sides, int[] useful, int count) {
            if (count == 0) {
                return new RunsFigures(0, 0, 0);
            }
            int longest = 1;
            int run = 1;
            int crossings = 0;
            for (int k = 1; k < count; k++) {
                if (sides[useful[k]] == sides[useful[k - 1]]) {
                    run++;
                } else {
                    crossings++;
                    run = 1;
                }
                longest = Math.max(longest, run);
            }
            return new RunsFigures(count, longest, crossings);
        }
    }
}
