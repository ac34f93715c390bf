package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws the measurement code must keep, checked on generated series. */
class MeasurementPropertiesTest {

    /** A series of counts or values and a freeze point inside it. */
    record Frozen(double[] numerators, double[] denominators, int freeze) {
    }

    @Provide
    Arbitrary<Frozen> frozenSeries() {
        return Arbitraries.integers().between(3, 40).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, 50).array(int[].class).ofSize(n),
                Arbitraries.integers().between(0, 50).array(int[].class).ofSize(n),
                Arbitraries.integers().between(2, n))
                .as((events, extra, freeze) -> {
                    double[] numerators = new double[n];
                    double[] denominators = new double[n];
                    for (int i = 0; i < n; i++) {
                        numerators[i] = events[i];
                        denominators[i] = events[i] + extra[i] + 1;
                    }
                    return new Frozen(numerators, denominators, freeze);
                }));
    }

    @Property(tries = 150)
    void freezeKGivesTheLimitsOfTheFirstKPointsAlone(@ForAll("frozenSeries") Frozen frozen) {
        int k = frozen.freeze();
        for (ChartType type : ChartType.values()) {
            if (type.needsSubgroups()) {
                continue; // RareAndSubgroupChartsPropertiesTest checks the X̄ and S charts' freeze.
            }
            ChartSpec spec = ChartSpec.of(type, RuleSet.anhoej()).withBaseline(Baseline.whole().withFreeze(k));
            ChartSpec alone = ChartSpec.of(type, RuleSet.anhoej());
            Series whole = series(type, frozen, frozen.numerators().length);
            Series firstK = series(type, frozen, k);
            ChartAnalysis frozenChart = spec.analyse(whole).orElseThrow();
            ChartAnalysis firstKChart = alone.analyse(firstK).orElseThrow();
            for (int i = 0; i < k; i++) {
                ChartPoint a = frozenChart.point(i);
                ChartPoint b = firstKChart.point(i);
                assertThat(a.centre()).as("%s centre at %d", type, i).isEqualTo(b.centre());
                assertThat(a.limits()).as("%s limits at %d", type, i).isEqualTo(b.limits());
            }
            // Beyond the freeze the same centre and (for constant-sigma charts) the same limits apply.
            ChartPoint last = frozenChart.point(frozen.numerators().length - 1);
            assertThat(last.centre()).as("%s centre after the freeze", type).isEqualTo(firstKChart.point(0).centre());
            if (!type.needsCounts()) {
                assertThat(last.limits()).as("%s limits after the freeze", type).isEqualTo(firstKChart.point(0).limits());
            }
        }
    }

    private static Series series(ChartType type, Frozen frozen, int size) {
        if (type.needsCounts()) {
            Series.Builder builder = Series.counts();
            for (int i = 0; i < size; i++) {
                builder.add(Integer.toString(i + 1), frozen.numerators()[i], frozen.denominators()[i]);
            }
            return builder.build().orElseThrow();
        }
        Series.Builder builder = Series.values();
        for (int i = 0; i < size; i++) {
            builder.add(Integer.toString(i + 1), frozen.numerators()[i] + frozen.denominators()[i] * 0.37);
        }
        return builder.build().orElseThrow();
    }

    @Provide
    Arbitrary<int[]> integers() {
        return Arbitraries.integers().between(0, 100).array(int[].class).ofMinSize(2).ofMaxSize(60);
    }

    @Property(tries = 200)
    void addingAConstantShiftsCentreAndLimitsAndKeepsEverySignal(@ForAll("integers") int[] values,
            @ForAll @IntRange(min = -1000, max = 1000) int constant) {
        ChartSpec spec = ChartSpec.of(ChartType.XMR, RuleSet.makingDataCount()).withTarget(50);
        ChartAnalysis original = spec.analyse(values(values, 0)).orElseThrow();
        ChartAnalysis shifted = spec.withTarget(50 + constant).analyse(values(values, constant)).orElseThrow();
        for (int i = 0; i < values.length; i++) {
            ChartPoint a = original.point(i);
            ChartPoint b = shifted.point(i);
            assertThat(b.centre().getAsDouble()).isCloseTo(a.centre().getAsDouble() + constant, within(a, constant));
            assertThat(b.limits().isPresent()).isEqualTo(a.limits().isPresent());
            a.limits().ifPresent(limits -> {
                ControlLimits moved = b.limits().orElseThrow();
                assertThat(moved.lower()).isCloseTo(limits.lower() + constant, within(a, constant));
                assertThat(moved.upper()).isCloseTo(limits.upper() + constant, within(a, constant));
                assertThat(moved.upper2Sigma()).isCloseTo(limits.upper2Sigma() + constant, within(a, constant));
            });
            assertThat(b.signals()).as("signals at %d", i).isEqualTo(a.signals());
            assertThat(b.pointType()).isEqualTo(a.pointType());
            assertThat(b.sigmaSignal()).isEqualTo(a.sigmaSignal());
            assertThat(b.runsSignal()).isEqualTo(a.runsSignal());
        }
        assertThat(shifted.variationIcon()).isEqualTo(original.variationIcon());
        assertThat(shifted.assuranceIcon()).isEqualTo(original.assuranceIcon());
    }

    private static org.assertj.core.data.Offset<Double> within(ChartPoint point, int constant) {
        return org.assertj.core.data.Offset.offset(1e-9 * (Math.abs(point.centre().getAsDouble()) + Math.abs(constant) + 100));
    }

    private static Series values(int[] values, int constant) {
        Series.Builder builder = Series.values();
        for (int i = 0; i < values.length; i++) {
            builder.add("p" + i, values[i] + constant);
        }
        return builder.build().orElseThrow();
    }

    @Property(tries = 200)
    void reversingTheImprovementDirectionSwapsImprovementAndConcern(@ForAll("integers") int[] values,
            @ForAll boolean ihi, @ForAll @IntRange(min = 0, max = 100) int target) {
        RuleSet rules = ihi ? RuleSet.ihi() : RuleSet.makingDataCount();
        ChartType type = ihi ? ChartType.RUN : ChartType.XMR;
        Series series = values(values, 0);
        ChartSpec up = ChartSpec.of(type, rules).withImprovement(ImprovementDirection.INCREASE).withTarget(target);
        ChartAnalysis increase = up.analyse(series).orElseThrow();
        ChartAnalysis decrease = up.withImprovement(ImprovementDirection.DECREASE).analyse(series).orElseThrow();
        for (int i = 0; i < values.length; i++) {
            PointType a = increase.point(i).pointType().orElseThrow();
            PointType b = decrease.point(i).pointType().orElseThrow();
            assertThat(b).as("point %d", i).isEqualTo(swap(a));
            assertThat(decrease.point(i).specialCause()).isEqualTo(increase.point(i).specialCause());
        }
        assertThat(decrease.variationIcon().map(MeasurementPropertiesTest::swap))
                .isEqualTo(increase.variationIcon());
        assertThat(decrease.assuranceIcon().map(MeasurementPropertiesTest::swap)).isEqualTo(increase.assuranceIcon());
    }

    private static PointType swap(PointType type) {
        return switch (type) {
            case SPECIAL_CAUSE_IMPROVEMENT -> PointType.SPECIAL_CAUSE_CONCERN;
            case SPECIAL_CAUSE_CONCERN -> PointType.SPECIAL_CAUSE_IMPROVEMENT;
            default -> type;
        };
    }

    private static VariationIcon swap(VariationIcon icon) {
        return switch (icon) {
            case IMPROVEMENT_HIGH -> VariationIcon.CONCERN_HIGH;
            case CONCERN_HIGH -> VariationIcon.IMPROVEMENT_HIGH;
            case IMPROVEMENT_LOW -> VariationIcon.CONCERN_LOW;
            case CONCERN_LOW -> VariationIcon.IMPROVEMENT_LOW;
            default -> icon;
        };
    }

    private static AssuranceIcon swap(AssuranceIcon icon) {
        return switch (icon) {
            case CONSISTENT_PASS -> AssuranceIcon.CONSISTENT_FAIL;
            case CONSISTENT_FAIL -> AssuranceIcon.CONSISTENT_PASS;
            case INCONSISTENT -> AssuranceIcon.INCONSISTENT;
        };
    }

    @Property(tries = 300)
    void anhoejCrossingsThresholdIsTheExactBinomialQuantile(@ForAll @IntRange(min = 1, max = 4000) int useful) {
        int trials = useful - 1;
        // The smallest c with P(Bin(trials, 1/2) <= c) >= 0.05, in exact integers: 20 * sum C(trials, k) >= 2^trials.
        BigInteger total = BigInteger.ONE.shiftLeft(trials);
        BigInteger cumulative = BigInteger.ZERO;
        BigInteger choose = BigInteger.ONE;
        int expected = trials;
        for (int c = 0; c <= trials; c++) {
            cumulative = cumulative.add(choose);
            if (cumulative.multiply(BigInteger.valueOf(20)).compareTo(total) >= 0) {
                expected = c;
                break;
            }
            choose = choose.multiply(BigInteger.valueOf(trials - c)).divide(BigInteger.valueOf(c + 1));
        }
        assertThat(RuleSet.Anhoej.crossingsMin(useful)).isEqualTo(expected);
        assertThat(RuleSet.Anhoej.longestRunMax(useful))
                .isEqualTo((int) Math.round(Math.log(useful) / Math.log(2)) + 3);
    }

    @Property(tries = 60)
    void ihiRunsLimitsAreTheExactSwedEisenhartQuantiles(@ForAll @IntRange(min = 10, max = 400) int useful) {
        int n1 = useful / 2;
        int n2 = useful - n1;
        BigInteger total = choose(useful, n1);
        // P(R = r) * total, exactly, for r = 2 .. n.
        List<BigInteger> weights = new java.util.ArrayList<>();
        for (int r = 0; r <= useful; r++) {
            int k = r / 2;
            BigInteger w;
            if (r < 2) {
                w = BigInteger.ZERO;
            } else if (r % 2 == 0) {
                w = choose(n1 - 1, k - 1).multiply(choose(n2 - 1, k - 1)).shiftLeft(1);
            } else {
                w = choose(n1 - 1, k - 1).multiply(choose(n2 - 1, k)).add(choose(n1 - 1, k).multiply(choose(n2 - 1, k - 1)));
            }
            weights.add(w);
        }
        // fewest: the smallest r with P(R <= r) > 2.5 %; most: the largest r with P(R >= r) > 2.5 %.
        BigInteger forty = BigInteger.valueOf(40);
        BigInteger sum = BigInteger.ZERO;
        int fewest = -1;
        for (int r = 0; r <= useful && fewest < 0; r++) {
            sum = sum.add(weights.get(r));
            if (sum.multiply(forty).compareTo(total) > 0) {
                fewest = r;
            }
        }
        sum = BigInteger.ZERO;
        int most = -1;
        for (int r = useful; r >= 0 && most < 0; r--) {
            sum = sum.add(weights.get(r));
            if (sum.multiply(forty).compareTo(total) > 0) {
                most = r;
            }
        }
        assertThat(RuleSet.Ihi.fewestRuns(useful)).hasValue(fewest);
        assertThat(RuleSet.Ihi.mostRuns(useful)).hasValue(most);
    }

    private static BigInteger choose(int n, int k) {
        if (k < 0 || k > n || n < 0) {
            return BigInteger.ZERO;
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
