package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** The laws of the C, G, T, X&#772; and S charts, checked on generated series. */
class RareAndSubgroupChartsPropertiesTest {

    @Provide
    Arbitrary<double[]> counts() {
        return Arbitraries.integers().between(0, 60).map(Integer::doubleValue).array(double[].class).ofMinSize(2)
                .ofMaxSize(40);
    }

    @Provide
    Arbitrary<double[]> times() {
        return Arbitraries.doubles().between(0.01, 400).array(double[].class).ofMinSize(2).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<double[]>> groups() {
        return Arbitraries.doubles().between(-50, 50).array(double[].class).ofMinSize(2).ofMaxSize(9).list()
                .ofMinSize(2).ofMaxSize(25);
    }

    private static Series values(double[] values) {
        return Series.ofValues(values).orElseThrow();
    }

    private static Series subgroups(List<double[]> groups, int size) {
        Series.Builder builder = Series.subgroups();
        for (int i = 0; i < size; i++) {
            builder.addSubgroup(Integer.toString(i + 1), groups.get(i));
        }
        return builder.build().orElseThrow();
    }

    private static void assertOrdered(ChartAnalysis chart) {
        for (ChartPoint point : chart.points()) {
            if (point.limits().isEmpty()) {
                continue;
            }
            ControlLimits l = point.limits().get();
            double centre = point.centre().getAsDouble();
            double slack = 1e-9 * Math.max(1, Math.abs(centre));
            assertThat(l.lower()).as("LCL <= 2-sigma <= 1-sigma at %d", point.number())
                    .isLessThanOrEqualTo(l.lower2Sigma() + slack);
            assertThat(l.lower2Sigma()).isLessThanOrEqualTo(l.lower1Sigma() + slack);
            assertThat(l.lower1Sigma()).as("lower 1-sigma <= CL").isLessThanOrEqualTo(centre + slack);
            assertThat(centre).as("CL <= upper 1-sigma").isLessThanOrEqualTo(l.upper1Sigma() + slack);
            assertThat(l.upper1Sigma()).isLessThanOrEqualTo(l.upper2Sigma() + slack);
            assertThat(l.upper2Sigma()).isLessThanOrEqualTo(l.upper() + slack);
        }
    }

    @Property(tries = 200)
    void cAndGLimitsAreOrderedAndNeverBelowZero(@ForAll("counts") double[] counts) {
        for (ChartType type : List.of(ChartType.C, ChartType.G)) {
            ChartAnalysis chart = ChartSpec.of(type, RuleSet.anhoej()).analyse(values(counts)).orElseThrow();
            assertOrdered(chart);
            assertThat(chart.points()).allSatisfy(p -> assertThat(p.limits().orElseThrow().lower()).isNotNegative());
        }
    }

    @Property(tries = 200)
    void tLimitsAreOrderedAndNeverBelowZero(@ForAll("times") double[] times) {
        ChartAnalysis chart = ChartSpec.of(ChartType.T, RuleSet.anhoej()).withScreenedMovingRanges(false)
                .analyse(values(times)).orElseThrow();
        assertOrdered(chart);
        assertThat(chart.points()).allSatisfy(p -> assertThat(p.limits().orElseThrow().lower()).isNotNegative());
    }

    @Property(tries = 200)
    void scalingTheTimesOfATChartScalesItsCentreAndLimits(@ForAll("times") double[] times,
            @ForAll @DoubleRange(min = 0.05, max = 50) double factor, @ForAll boolean screened) {
        double[] scaled = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            scaled[i] = times[i] * factor;
        }
        ChartSpec spec = ChartSpec.of(ChartType.T, RuleSet.anhoej()).withScreenedMovingRanges(screened);
        Outcome<ChartAnalysis> original = spec.analyse(values(times));
        Outcome<ChartAnalysis> larger = spec.analyse(values(scaled));
        assertThat(larger.isAccepted()).isEqualTo(original.isAccepted());
        if (!original.isAccepted()) {
            return;
        }
        ChartPoint a = original.orElseThrow().point(0);
        ChartPoint b = larger.orElseThrow().point(0);
        Vectors.assertClose("centre", a.centre().getAsDouble() * factor, b.centre().getAsDouble());
        assertThat(b.limits().isPresent()).isEqualTo(a.limits().isPresent());
        if (a.limits().isPresent()) {
            ControlLimits x = a.limits().get();
            ControlLimits y = b.limits().get();
            assertThat(Math.abs(x.upper() * factor - y.upper())).isLessThanOrEqualTo(1e-8 * Math.abs(y.upper()));
            assertThat(Math.abs(x.lower() * factor - y.lower())).isLessThanOrEqualTo(1e-8 * Math.abs(y.upper()));
        }
    }

    @Property(tries = 150)
    void xbarAndSLimitsAreOrderedAndAFrozenChartIsItsBaselineAlone(@ForAll("groups") List<double[]> groups,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 25) int freezeWanted) {
        int k = Math.min(freezeWanted, groups.size());
        for (ChartType type : List.of(ChartType.XBAR, ChartType.S)) {
            ChartAnalysis whole = ChartSpec.of(type, RuleSet.anhoej()).analyse(subgroups(groups, groups.size()))
                    .orElseThrow();
            assertOrdered(whole);
            if (type == ChartType.S) {
                assertThat(whole.points()).allSatisfy(p -> assertThat(p.limits().orElseThrow().lower()).isNotNegative());
            }
            ChartAnalysis frozen = ChartSpec.of(type, RuleSet.anhoej()).withBaseline(Baseline.whole().withFreeze(k))
                    .analyse(subgroups(groups, groups.size())).orElseThrow();
            ChartAnalysis alone = ChartSpec.of(type, RuleSet.anhoej()).analyse(subgroups(groups, k)).orElseThrow();
            for (int i = 0; i < k; i++) {
                assertThat(frozen.point(i).centre()).as("%s centre at %d", type, i).isEqualTo(alone.point(i).centre());
                assertThat(frozen.point(i).limits()).as("%s limits at %d", type, i).isEqualTo(alone.point(i).limits());
            }
        }
    }
}
