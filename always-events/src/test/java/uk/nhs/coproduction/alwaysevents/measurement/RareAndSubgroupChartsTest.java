package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.measurement.internal.SubgroupConstants;

/** Edge cases of the C, G, T, X&#772; and S charts, and of the subgroup observations they read. */
class RareAndSubgroupChartsTest {

    private static Series values(double... values) {
        return Series.ofValues(values).orElseThrow();
    }

    private static Series subgroups(double[]... groups) {
        Series.Builder builder = Series.subgroups();
        for (int i = 0; i < groups.length; i++) {
            builder.addSubgroup("W" + (i + 1), groups[i]);
        }
        return builder.build().orElseThrow();
    }

    @Test
    void aCChartOfNoEventsHasLimitsAtZeroAndNoSignal() {
        ChartAnalysis chart = ChartSpec.of(ChartType.C, RuleSet.anhoej()).analyse(values(0, 0, 0, 0, 0)).orElseThrow();
        ChartPoint point = chart.point(2);
        assertThat(point.centre()).hasValue(0);
        assertThat(point.limits()).hasValueSatisfying(l -> {
            assertThat(l.lower()).isZero();
            assertThat(l.upper()).isZero();
        });
        assertThat(chart.points()).noneMatch(ChartPoint::sigmaSignal);
    }

    @Test
    void aCChartFloorsItsLowerLimitAtZeroAndFlagsAnAstronomicalCount() {
        ChartAnalysis chart = ChartSpec.of(ChartType.C, RuleSet.anhoej())
                .analyse(values(1, 2, 0, 1, 3, 1, 2, 1, 0, 14)).orElseThrow();
        ChartPoint last = chart.point(9);
        assertThat(last.centre().getAsDouble()).isCloseTo(2.5, within(1e-12));
        assertThat(last.limits().orElseThrow().lower()).isZero();
        assertThat(last.limits().orElseThrow().upper()).isCloseTo(2.5 + 3 * Math.sqrt(2.5), within(1e-12));
        assertThat(last.sigmaSignal()).isTrue();
    }

    @Test
    void negativeCountsAndNonPositiveTimesAreRefusedNamingThePoint() {
        assertThat(ChartSpec.of(ChartType.C, RuleSet.anhoej()).analyse(values(3, -1, 2)).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.NEGATIVE_COUNT);
                    assertThat(p.point()).isEqualTo(2);
                });
        assertThat(ChartSpec.of(ChartType.G, RuleSet.anhoej()).analyse(values(3, 0, -2)).problems())
                .as("zero cases between events is possible, a negative number is not")
                .extracting(Problem::point).containsExactly(3);
        assertThat(ChartSpec.of(ChartType.T, RuleSet.anhoej()).analyse(values(3, 0, 2)).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_POSITIVE);
                    assertThat(p.point()).isEqualTo(2);
                    assertThat(p.message()).contains("Point 2", "greater than 0");
                });
    }

    @Test
    void aTChartNeedsTwoPointsForAMovingRange() {
        assertThat(ChartSpec.of(ChartType.T, RuleSet.anhoej()).analyse(values(12)).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.TOO_FEW_POINTS);
        assertThat(ChartSpec.of(ChartType.T, RuleSet.anhoej()).analyse(values(12, 30)).isAccepted()).isTrue();
    }

    @Test
    void aTChartWorksOnTheTransformedScale() {
        double[] days = {4, 9, 16, 3, 22, 7, 11};
        ChartAnalysis chart = ChartSpec.of(ChartType.T, RuleSet.anhoej()).withScreenedMovingRanges(false)
                .analyse(values(days)).orElseThrow();
        double sum = 0;
        double ranges = 0;
        for (int i = 0; i < days.length; i++) {
            sum += Math.pow(days[i], 1 / 3.6);
            if (i > 0) {
                ranges += Math.abs(Math.pow(days[i], 1 / 3.6) - Math.pow(days[i - 1], 1 / 3.6));
            }
        }
        double mean = sum / days.length;
        double sigma = ranges / (days.length - 1) / 1.128;
        ChartPoint point = chart.point(0);
        assertThat(point.centre().getAsDouble()).isCloseTo(Math.pow(mean, 3.6), within(1e-9));
        assertThat(point.limits().orElseThrow().upper()).isCloseTo(Math.pow(mean + 3 * sigma, 3.6), within(1e-9));
        double lower = mean - 3 * sigma;
        assertThat(point.limits().orElseThrow().lower()).isCloseTo(lower <= 0 ? 0 : Math.pow(lower, 3.6), within(1e-9));
    }

    @Test
    void aGChartCentresOnTheMedianWithLimitsFromTheMean() {
        ChartAnalysis chart = ChartSpec.of(ChartType.G, RuleSet.anhoej()).analyse(values(1, 2, 3, 4, 90)).orElseThrow();
        ChartPoint point = chart.point(0);
        assertThat(point.centre()).hasValue(3);
        double mean = 20;
        assertThat(point.limits().orElseThrow().upper()).isCloseTo(mean + 3 * Math.sqrt(mean * (mean + 1)), within(1e-9));
        assertThat(point.limits().orElseThrow().lower()).isZero();
    }

    @Test
    void anSChartRefusesASubgroupOfOneValue() {
        Series series = subgroups(new double[] {1, 2, 3}, new double[] {4}, new double[] {2, 2});
        assertThat(ChartSpec.of(ChartType.S, RuleSet.anhoej()).analyse(series).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.EMPTY_SUBGROUP);
                    assertThat(p.point()).isEqualTo(2);
                    assertThat(p.period()).isEqualTo("W2");
                });
        ChartAnalysis xbar = ChartSpec.of(ChartType.XBAR, RuleSet.anhoej()).analyse(series).orElseThrow();
        assertThat(xbar.point(1).limits()).as("one value has no A3 constant: no limits there").isEmpty();
        assertThat(xbar.point(0).limits()).isPresent();
    }

    @Test
    void subgroupChartsNeedSubgroupsAndOtherChartsRefuseThem() {
        assertThat(ChartSpec.of(ChartType.XBAR, RuleSet.anhoej()).analyse(values(1, 2, 3)).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.SUBGROUPS_REQUIRED);
        Series groups = subgroups(new double[] {1, 2}, new double[] {3, 5});
        assertThat(ChartSpec.of(ChartType.I, RuleSet.anhoej()).analyse(groups).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.SUBGROUPS_REQUIRED);
        assertThat(ChartSpec.of(ChartType.P, RuleSet.anhoej()).analyse(groups).problems())
                .extracting(Problem::kind).containsExactly(Problem.Kind.COUNTS_REQUIRED);
    }

    @Test
    void xbarAndSChartsPoolTheStandardDeviationsBySize() {
        Series series = subgroups(new double[] {2, 4, 4, 4, 5, 5, 7, 9}, new double[] {1, 3}, new double[] {6, 6, 9});
        double pooled = Math.sqrt((7 * 32.0 / 7 + 1 * 2.0 + 2 * 3.0) / 10);
        ChartAnalysis s = ChartSpec.of(ChartType.S, RuleSet.anhoej()).analyse(series).orElseThrow();
        assertThat(s.point(0).value().getAsDouble()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(s.point(0).centre().getAsDouble()).isCloseTo(pooled, within(1e-12));
        ChartAnalysis xbar = ChartSpec.of(ChartType.XBAR, RuleSet.anhoej()).analyse(series).orElseThrow();
        assertThat(xbar.point(0).centre().getAsDouble()).isCloseTo((40 + 4 + 21) / 13.0, within(1e-12));
        double c4 = SubgroupConstants.c4(2);
        assertThat(xbar.point(1).limits().orElseThrow().upper())
                .isCloseTo((40 + 4 + 21) / 13.0 + 3 * pooled / (c4 * Math.sqrt(2)), within(1e-12));
    }

    @Test
    void c4MatchesTheTextbookTable() {
        assertThat(SubgroupConstants.c4(2)).isCloseTo(0.7979, within(5e-5));
        assertThat(SubgroupConstants.c4(5)).isCloseTo(0.9400, within(5e-5));
        assertThat(SubgroupConstants.c4(10)).isCloseTo(0.9727, within(5e-5));
        assertThat(SubgroupConstants.c4(25)).isCloseTo(0.9896, within(5e-5));
        assertThat(SubgroupConstants.c4(1)).isNaN();
        assertThat(SubgroupConstants.c4(2049) - SubgroupConstants.c4(2048))
                .as("the recurrence and the series join smoothly").isPositive().isLessThan(1e-7);
    }

    @Test
    void subgroupsAreValidatedNamingThePoint() {
        Series.Builder builder = Series.subgroups().addSubgroup("W1", 1, 2).addSubgroup("W2")
                .addSubgroup("W3", 1, Double.NaN).addSubgroupSummary("W4", 3, 5, -1);
        assertThat(builder.build().problems()).extracting(Problem::kind, Problem::point).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.EMPTY_SUBGROUP, 2),
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.NOT_FINITE, 3),
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.NEGATIVE_COUNT, 4));
        Observation.Subgroup group = Observation.Subgroup.of("W1", 2, 4, 4, 4, 5, 5, 7, 9);
        assertThat(group.size()).isEqualTo(8);
        assertThat(group.mean()).isEqualTo(5);
        assertThat(group.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThatThrownBy(() -> Observation.Subgroup.ofSummary("W1", 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        Series series = Series.subgroups().add(group).addMissing("W2").build().orElseThrow();
        assertThat(series.observation(0)).isEqualTo(group);
        assertThat(series.observation(1)).isInstanceOf(Observation.Missing.class);
    }

    @Test
    void theNewChartsTakePartsAndRules() {
        double[] counts = {2, 3, 1, 2, 4, 2, 3, 2, 1, 3, 9, 8, 10, 9, 11, 8, 9, 10, 12, 9};
        ChartAnalysis chart = ChartSpec.of(ChartType.C, RuleSet.makingDataCount())
                .withBaseline(Baseline.whole().withPartsAfter(10)).analyse(values(counts)).orElseThrow();
        assertThat(chart.parts()).hasSize(2);
        assertThat(chart.point(0).centre().getAsDouble()).isCloseTo(2.3, within(1e-12));
        assertThat(chart.point(19).centre().getAsDouble()).isCloseTo(9.5, within(1e-12));
        ChartAnalysis whole = ChartSpec.of(ChartType.C, RuleSet.makingDataCount()).analyse(values(counts)).orElseThrow();
        assertThat(whole.points()).as("one baseline: the step is a shift").anyMatch(p -> p.specialCause().isPresent()
                && p.specialCause().get().rule() == Signal.Rule.SHIFT);
    }
}
