package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The C, G, T, X&#772; and S charts against the golden figures published with the Power BI SPC
 * visual (see {@code spc-vectors/PROVENANCE.md} for which tool computed each line). Every point's
 * value, centre line and 1-, 2- and 3-sigma lines are compared; the figures are written to four
 * decimals, so the tolerance is half a unit in the fourth decimal.
 */
class RareAndSubgroupChartsConformanceTest {

    /** The vectors round to four decimals. */
    private static final double HALF_LAST_DECIMAL = 0.5e-4 + 1e-12;

    static Stream<Arguments> lines() {
        return Vectors.resource("rare-and-subgroup-charts.jsonl", line -> true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void agreesWithThePeerFigures(String id, JsonNode line) {
        ChartType type = ChartType.fromCode(line.get("chart").asString()).orElseThrow();
        JsonNode input = line.get("input");
        JsonNode options = line.get("options");
        Series series = type.needsSubgroups() ? subgroups(input) : values(input.get("y"));
        ChartSpec spec = ChartSpec.of(type, RuleSet.anhoej()).withScreenedMovingRanges(
                !options.has("screened_moving_ranges") || options.get("screened_moving_ranges").asBoolean());
        ChartAnalysis analysis = spec.analyse(series).orElseThrow();
        JsonNode output = line.get("output");
        int n = output.get("values").size();
        assertThat(analysis.size()).as(id + " points").isEqualTo(n);
        for (int i = 0; i < n; i++) {
            ChartPoint point = analysis.point(i);
            String at = id + " point " + (i + 1);
            assertRounded(at + " value", output.get("values").get(i), point.value());
            assertRounded(at + " centre", output.get("targets").get(i), point.centre());
            assertLimit(at + " ll99", output.get("ll99").get(i), point, ControlLimits::lower);
            assertLimit(at + " ll95", output.get("ll95").get(i), point, ControlLimits::lower2Sigma);
            assertLimit(at + " ll68", output.get("ll68").get(i), point, ControlLimits::lower1Sigma);
            assertLimit(at + " ul68", output.get("ul68").get(i), point, ControlLimits::upper1Sigma);
            assertLimit(at + " ul95", output.get("ul95").get(i), point, ControlLimits::upper2Sigma);
            assertLimit(at + " ul99", output.get("ul99").get(i), point, ControlLimits::upper);
        }
    }

    private static void assertLimit(String what, JsonNode expected, ChartPoint point,
            ToDoubleFunction<ControlLimits> which) {
        assertRounded(what, expected, Vectors.limit(point, which));
    }

    private static void assertRounded(String what, JsonNode expected, OptionalDouble actual) {
        double e = Vectors.number(expected);
        assertThat(actual).as(what + " (expected " + e + ")").isPresent();
        assertThat(Math.abs(actual.getAsDouble() - e)).as("%s: expected %s, got %s", what, e, actual.getAsDouble())
                .isLessThanOrEqualTo(HALF_LAST_DECIMAL);
    }

    private static Series values(JsonNode y) {
        Series.Builder builder = Series.values();
        for (int i = 0; i < y.size(); i++) {
            builder.add(Integer.toString(i + 1), y.get(i).doubleValue());
        }
        return builder.build().orElseThrow();
    }

    /** Subgroups from their sizes and standard deviations (and means, when the line has them). */
    private static Series subgroups(JsonNode input) {
        JsonNode sizes = input.get("n");
        Series.Builder builder = Series.subgroups();
        for (int i = 0; i < sizes.size(); i++) {
            // An S-chart line gives no means; the S chart does not read them, so 0 stands in.
            double mean = input.has("mean") ? input.get("mean").get(i).doubleValue() : 0;
            builder.addSubgroupSummary(Integer.toString(i + 1), sizes.get(i).asInt(), mean,
                    input.get("sd").get(i).doubleValue());
        }
        return builder.build().orElseThrow();
    }
}
