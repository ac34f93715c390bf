package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The library's own decisions where the peers differ or say nothing: gaps, refusals, rule edges. */
class ChartBehaviourTest {

    private static Series values(Double... values) {
        Series.Builder builder = Series.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                builder.addMissing(Integer.toString(i + 1));
            } else {
                builder.add(Integer.toString(i + 1), values[i]);
            }
        }
        return builder.build().orElseThrow();
    }

    @Test
    void aGapIsKeptAndNeverBridgedByAMovingRange() {
        // Without the gap the moving ranges are 10, 90, 10 (AMR 36.7); with it only 10 and 10 count.
        ChartAnalysis chart = ChartSpec.of(ChartType.I, RuleSet.anhoej()).withScreenedMovingRanges(false)
                .analyse(values(0.0, 10.0, null, 100.0, 110.0)).orElseThrow();
        assertThat(chart.size()).isEqualTo(5);
        assertThat(chart.point(2).isGap()).isTrue();
        assertThat(chart.point(2).period()).isEqualTo("3");
        double sigma = 10 / 1.128;
        assertThat(chart.point(0).limits().orElseThrow().upper()).isCloseTo(55 + 3 * sigma,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(chart.point(2).limits()).as("the process limits still apply at a gap").isPresent();
    }

    @Test
    void anExcludedPointIsBridgedAndStillTestedAgainstTheLimits() {
        ChartAnalysis chart = ChartSpec.of(ChartType.I, RuleSet.anhoej()).withScreenedMovingRanges(false)
                .withBaseline(Baseline.whole().withExcluded(3))
                .analyse(values(10.0, 11.0, 90.0, 10.0, 11.0, 10.0)).orElseThrow();
        assertThat(chart.point(2).included()).isFalse();
        assertThat(chart.point(2).sigmaSignal()).isTrue();
        assertThat(chart.point(0).centre()).hasValue(10.4);
        assertThat(chart.parts().get(0).observations()).isEqualTo(5);
    }

    @Test
    void refusalsNameThePointAndNeverReturnNaN() {
        Outcome<Series> duplicate = Series.values().add("Jan", 1).add("Feb", 2).add("Jan", 3).build();
        assertThat(duplicate.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.DUPLICATE_PERIOD);
            assertThat(p.point()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("Point 3: the period Jan was already given at point 1.");
        });
        Outcome<Series> negative = Series.counts().add("Jan", 1, -2).build();
        assertThat(negative.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.NEGATIVE_COUNT);
        assertThat(Series.values().add("Jan", Double.NaN).build().problems()).extracting(Problem::kind)
                .containsExactly(Problem.Kind.NOT_FINITE);
        assertThat(Series.values().build().problems()).extracting(Problem::kind)
                .containsExactly(Problem.Kind.EMPTY_SERIES);

        Series over = Series.counts().add("Jan", 5, 4).add("Feb", 1, 4).build().orElseThrow();
        assertThat(ChartSpec.of(ChartType.P, RuleSet.anhoej()).analyse(over).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("Point 1 (Jan): " + CountRule.NUMERATOR_ABOVE_DENOMINATOR
                        + " (5 of 4); a proportion cannot exceed 1."));
        assertThat(ChartSpec.of(ChartType.U, RuleSet.anhoej()).analyse(over).isAccepted()).as("a rate may exceed 1").isTrue();
        assertThat(ChartSpec.of(ChartType.P, RuleSet.anhoej()).analyse(values(0.5, 0.6)).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.COUNTS_REQUIRED);
        assertThat(ChartSpec.of(ChartType.XMR, RuleSet.makingDataCount()).analyse(values(1.0, null, 2.0)).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.TOO_FEW_POINTS);
    }

    @Test
    void baselineOptionsAreCheckedAgainstTheSeries() {
        Series series = values(1.0, 2.0, 3.0, 4.0);
        ChartSpec run = ChartSpec.of(ChartType.RUN, RuleSet.anhoej());
        assertThat(run.withBaseline(Baseline.whole().withFreeze(5)).analyse(series).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.POINT_OUT_OF_RANGE);
        assertThat(run.withBaseline(Baseline.whole().withPartsAfter(4)).analyse(series).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.POINT_OUT_OF_RANGE);
        assertThat(run.withBaseline(Baseline.whole().withExcluded(0)).analyse(series).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.POINT_OUT_OF_RANGE);
        assertThat(run.withBaseline(Baseline.whole().withRebaseAt("9")).analyse(series).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.UNKNOWN_PERIOD);
        assertThat(run.withBaseline(Baseline.whole().withFreeze(2).withFixAfter(2)).analyse(series).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.CONFLICTING_BASELINE);
        ChartAnalysis rebased = run.withBaseline(Baseline.whole().withRebaseAt("3").withFixAfter(1))
                .analyse(series).orElseThrow();
        assertThat(rebased.parts()).extracting(PartSummary::firstPoint).containsExactly(1, 3);
        assertThat(rebased.point(3).centre()).hasValue(3);
        assertThat(rebased.point(3).baseline()).isFalse();
    }

    @Test
    void ihiTrendCountsEqualNeighboursOnceWhileMakingDataCountBreaksOnThem() {
        Series series = values(1.0, 2.0, 3.0, 3.0, 4.0, 5.0, 9.0, 0.0, 9.0, 0.0, 9.0, 0.0);
        ChartAnalysis ihi = ChartSpec.of(ChartType.RUN, RuleSet.ihi()).analyse(series).orElseThrow();
        assertThat(ihi.points().subList(0, 7)).allSatisfy(p ->
                assertThat(p.signals()).extracting(Signal::rule).contains(Signal.Rule.TREND));
        assertThat(ihi.point(6).specialCause().orElseThrow().label()).isEqualTo("5 Point Trend (Increasing)");
        ChartAnalysis mdc = ChartSpec.of(ChartType.RUN, RuleSet.makingDataCount().withTrendLength(5))
                .analyse(series).orElseThrow();
        assertThat(mdc.points()).noneMatch(p -> p.signals().stream().anyMatch(s -> s.rule() == Signal.Rule.TREND));
    }

    @Test
    void aTrendPointTakesItsDirectionFromItsOwnTrend() {
        // A rising trend to point 7, a drop, then another rising trend: point 7 belongs to the first
        // trend only and stays "increasing" (NHSRplotthedots labels it from the drop that follows).
        Series series = values(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5);
        ChartAnalysis chart = ChartSpec.of(ChartType.RUN, RuleSet.makingDataCount()).analyse(series).orElseThrow();
        assertThat(chart.point(6).specialCause().orElseThrow().label()).isEqualTo("7 Point Trend (Increasing)");
        assertThat(chart.point(7).specialCause().orElseThrow().label()).isEqualTo("7 Point Trend (Increasing)");
    }

    @Test
    void ihiShiftSkipsPointsOnTheMedianAndRuleLengthsAreConfigurable() {
        Series series = values(1.0, 1.0, 1.0, 1.0, 1.0, 5.0, 9.0, 9.0, 5.0, 9.0, 9.0, 9.0, 9.0);
        ChartAnalysis six = ChartSpec.of(ChartType.RUN, RuleSet.ihi()).analyse(series).orElseThrow();
        assertThat(six.point(0).centre()).hasValue(5);
        assertThat(six.points()).filteredOn(p -> p.signals().stream().anyMatch(s -> s.rule() == Signal.Rule.SHIFT))
                .extracting(ChartPoint::number).containsExactly(7, 8, 10, 11, 12, 13);
        ChartAnalysis seven = ChartSpec.of(ChartType.RUN, RuleSet.ihi().withShiftLength(7)).analyse(series).orElseThrow();
        assertThat(seven.points()).noneMatch(p -> p.signals().stream().anyMatch(s -> s.rule() == Signal.Rule.SHIFT));
    }

    @Test
    void ihiFlagsTooFewRuns() {
        Double[] values = new Double[20];
        for (int i = 0; i < 20; i++) {
            values[i] = i < 10 ? 1.0 + i % 2 * 0.1 : 5.0 + i % 2 * 0.1;
        }
        ChartAnalysis chart = ChartSpec.of(ChartType.RUN, RuleSet.ihi()).analyse(values(values)).orElseThrow();
        PartSummary part = chart.parts().get(0);
        assertThat(part.crossings()).hasValue(1);
        assertThat(part.crossingsMin()).hasValue(6); // 20 useful points: fewer than 7 runs is too few
        assertThat(part.crossingsMax()).hasValue(14);
        assertThat(part.runsSignal()).isTrue();
        assertThat(chart.variationIcon()).hasValue(VariationIcon.IMPROVEMENT_HIGH);
    }

    @Test
    void notesExplainTrialLimitsAndRulesThatCannotApply() {
        ChartAnalysis chart = ChartSpec.of(ChartType.XMR, RuleSet.makingDataCount())
                .analyse(values(5.0, 5.0, 5.0, 5.0)).orElseThrow();
        assertThat(chart.notes()).containsExactly(
                "The chart: every moving range was screened out (the baseline values do not vary), so there are no limits.",
                "The chart has 4 points: its limits are trial limits until it has 13 or more.");
        assertThat(chart.point(0).limits()).isEmpty();
        assertThat(List.of(chart.variationIcon().orElseThrow())).containsExactly(VariationIcon.COMMON_CAUSE);
    }
}
