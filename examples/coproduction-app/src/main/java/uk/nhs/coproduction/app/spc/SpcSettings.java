package uk.nhs.coproduction.app.spc;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.measurement.Baseline;
import uk.nhs.coproduction.alwaysevents.measurement.ChartSpec;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.RuleSet;

/**
 * The settings of a run chart or SPC chart as people give them, to the {@code spc} command as
 * options or to the web app's {@code /api/spc} as query parameters of the same names: checked
 * together, every problem named by its setting, before a {@link ChartSpec} is made.
 *
 * @param chart run, i, mr, p, pp, u, xmr, c, g, t, xbar or s
 * @param rules anhoej, ihi or mdc; null for the chart's default (mdc for xmr, anhoej otherwise)
 * @param shiftLength points a shift needs (ihi, mdc), or null for the default
 * @param trendLength points a trend needs (ihi, mdc), or null for the default
 * @param screenMovingRanges whether large moving ranges are screened out (I, P′, XmR)
 * @param freeze centre and limits from points 1..K only, or null
 * @param parts points after which a new part starts
 * @param excluded points (from 1) left out of the centre, limits and rules
 * @param rebase periods at which a new part starts
 * @param fixAfter centre and limits from the first N points of each part, or null
 * @param improvement increase, decrease or neutral
 * @param target a target on the chart's scale, or null
 */
public record SpcSettings(String chart, @Nullable String rules, @Nullable Integer shiftLength,
        @Nullable Integer trendLength, boolean screenMovingRanges, @Nullable Integer freeze, List<Integer> parts,
        List<Integer> excluded, List<String> rebase, @Nullable Integer fixAfter, String improvement,
        @Nullable Double target) {

    /**
     * A setting that is refused.
     *
     * @param setting the option or parameter name, such as {@code shift-length}
     * @param message what is wrong
     */
    public record SettingError(String setting, String message) {
    }

    /** Copies the lists. */
    public SpcSettings {
        parts = List.copyOf(parts);
        excluded = List.copyOf(excluded);
        rebase = List.copyOf(rebase);
    }

    /** The defaults: a run chart with the Anhøj rules, improvement upwards. */
    public static SpcSettings defaults() {
        return new SpcSettings("run", null, null, null, true, null, List.of(), List.of(), List.of(), null, "increase",
                null);
    }

    /**
     * The chart specification, or every setting that is refused. Settings that depend on the data
     * (a freeze beyond the last point, a rebase at an unknown period) are checked when the chart is
     * analysed.
     */
    public ChartSpec spec(List<SettingError> errors) {
        ChartType chartType = ChartType.fromCode(chart).orElse(null);
        if (chartType == null) {
            errors.add(new SettingError("chart", "'" + chart + "' is not one of " + java.util.Arrays
                    .stream(ChartType.values()).map(ChartType::code).collect(java.util.stream.Collectors.joining(", "))));
        }
        String rulesCode = rules != null ? rules : chartType == ChartType.XMR ? "mdc" : "anhoej";
        RuleSet ruleSet = RuleSet.fromCode(rulesCode).orElse(null);
        if (ruleSet == null) {
            errors.add(new SettingError("rules", "'" + rulesCode + "' is not one of anhoej, ihi, mdc"));
        } else {
            ruleSet = withLengths(ruleSet, errors);
        }
        ImprovementDirection direction = ImprovementDirection.fromCode(improvement).orElse(null);
        if (direction == null) {
            errors.add(new SettingError("improvement", "'" + improvement + "' is not one of increase, decrease, neutral"));
        }
        if (target != null && !Double.isFinite(target)) {
            errors.add(new SettingError("target", "must be a finite number"));
        }
        if (chartType == null || ruleSet == null || direction == null || !errors.isEmpty()) {
            return ChartSpec.of(ChartType.RUN, RuleSet.anhoej());
        }
        ChartSpec spec = ChartSpec.of(chartType, ruleSet).withBaseline(baseline()).withImprovement(direction)
                .withScreenedMovingRanges(screenMovingRanges);
        return target != null ? spec.withTarget(target) : spec;
    }

    private RuleSet withLengths(RuleSet ruleSet, List<SettingError> errors) {
        if (shiftLength == null && trendLength == null) {
            return ruleSet;
        }
        if (ruleSet instanceof RuleSet.Anhoej) {
            errors.add(new SettingError(shiftLength != null ? "shift-length" : "trend-length", "shift and trend "
                    + "lengths apply to rules ihi or mdc; the Anhøj rules work out their own run length from the "
                    + "number of points"));
            return ruleSet;
        }
        if (shiftLength != null && shiftLength < 2) {
            errors.add(new SettingError("shift-length", "a shift needs at least 2 points"));
            return ruleSet;
        }
        if (trendLength != null && trendLength < 3) {
            errors.add(new SettingError("trend-length", "a trend needs at least 3 points"));
            return ruleSet;
        }
        if (ruleSet instanceof RuleSet.Ihi ihi) {
            return new RuleSet.Ihi(shiftLength != null ? shiftLength : ihi.shiftLength(),
                    trendLength != null ? trendLength : ihi.trendLength());
        }
        RuleSet.MakingDataCount mdc = (RuleSet.MakingDataCount) ruleSet;
        return mdc.withShiftLength(shiftLength != null ? shiftLength : mdc.shiftLength())
                .withTrendLength(trendLength != null ? trendLength : mdc.trendLength());
    }

    private Baseline baseline() {
        Baseline baseline = Baseline.whole();
        if (freeze != null) {
            baseline = baseline.withFreeze(freeze);
        }
        if (fixAfter != null) {
            baseline = baseline.withFixAfter(fixAfter);
        }
        if (!parts.isEmpty()) {
            baseline = baseline.withPartsAfter(parts.stream().mapToInt(Integer::intValue).toArray());
        }
        if (!rebase.isEmpty()) {
            baseline = baseline.withRebaseAt(rebase.stream().map(String::strip).toArray(String[]::new));
        }
        if (!excluded.isEmpty()) {
            baseline = baseline.withExcluded(excluded.stream().mapToInt(Integer::intValue).toArray());
        }
        return baseline;
    }
}
