package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.coproduction.alwaysevents.measurement.Vectors.assertNumber;
import static uk.nhs.coproduction.alwaysevents.measurement.Vectors.limit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every line of the Power BI SPC visual's vectors through the library: the run, I and P charts with
 * the Making Data Count rules in the visual's version ({@link
 * RuleSet.MakingDataCount.TwoInThree#NET_BEYOND_TWO_SIGMA}), comparing the centre line, the 1-, 2-
 * and 3-sigma lines (1e-9 relative), every raw flag (shift 6 and 7, trend 5, 6 and 7,
 * astronomical, two-in-three and its whole-pattern highlight), and for each of the three rule sets
 * recorded (shift, trend) = (7, 5), (7, 7), (6, 5) the direction-mapped flags and the variation
 * icons from the last point and from any point.
 */
class PowerBiSpcConformanceTest {

    /**
     * A constant series has no limits once its moving ranges are screened (every moving range is 0,
     * none is below 3.267 times 0). The visual then flags every point as astronomical on the low
     * side (a comparison with a missing limit that comes out true) and shows a concern icon. The
     * library has no limits there and flags nothing; the test checks exactly that difference.
     */
    static final String CONSTANT_SERIES_BUG = "the visual flags every point of a constant series as "
            + "astronomical (low) because its limits are missing; the library flags nothing";

    /** Lines whose expected output we deliberately do not reproduce, and why. */
    static final java.util.Map<String, String> DIFFERENCES = java.util.Map.of(
            "pbi-ptd-constant", CONSTANT_SERIES_BUG,
            "pbi-q2-i-constant-screened-true", CONSTANT_SERIES_BUG);


    static Stream<Arguments> lines() {
        return Vectors.resource("powerbi_spc.jsonl", line -> true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void agreesWithThePowerBiSpcVisual(String id, JsonNode line) {
        check(id, line);
    }

    static void check(String id, JsonNode line) {
        Series series = series(line.get("input"));
        ChartType type = switch (line.get("chart").asString()) {
            case "run" -> ChartType.RUN;
            case "i" -> ChartType.I;
            case "p" -> ChartType.P;
            default -> throw new IllegalArgumentException(line.get("chart").asString());
        };
        JsonNode options = line.get("options");
        ImprovementDirection direction =
                ImprovementDirection.fromCode(options.get("improvement_direction").asString()).orElseThrow();
        ChartSpec base = ChartSpec.of(type, RuleSet.makingDataCount()).withImprovement(direction)
                .withScreenedMovingRanges(!options.get("outliers_in_limits").asBoolean());
        JsonNode output = line.get("output");
        boolean constantSeriesBug = DIFFERENCES.containsKey(id);

        ChartAnalysis analysis = base.withRules(powerBi(7, 7, false)).analyse(series).orElseThrow();
        int n = output.get("values").size();
        for (int i = 0; i < n; i++) {
            ChartPoint point = analysis.point(i);
            String at = id + " point " + (i + 1);
            assertNumber(at + " value", output.get("values").get(i), point.value());
            assertNumber(at + " target (centre)", output.get("targets").get(i), point.centre());
            assertLimit(at + " ll99", output.get("ll99"), i, point, ControlLimits::lower);
            assertLimit(at + " ll95", output.get("ll95"), i, point, ControlLimits::lower2Sigma);
            assertLimit(at + " ll68", output.get("ll68"), i, point, ControlLimits::lower1Sigma);
            assertLimit(at + " ul68", output.get("ul68"), i, point, ControlLimits::upper1Sigma);
            assertLimit(at + " ul95", output.get("ul95"), i, point, ControlLimits::upper2Sigma);
            assertLimit(at + " ul99", output.get("ul99"), i, point, ControlLimits::upper);
        }

        JsonNode raw = output.get("raw_flags");
        for (int length : new int[] {6, 7}) {
            ChartAnalysis shifted = base.withRules(powerBi(length, 7, false)).analyse(series).orElseThrow();
            assertRaw(id + " shift" + length, raw.get("shift" + length), shifted, Signal.Rule.SHIFT);
        }
        for (int length : new int[] {5, 6, 7}) {
            ChartAnalysis trended = base.withRules(powerBi(7, length, false)).analyse(series).orElseThrow();
            assertRaw(id + " trend" + length, raw.get("trend" + length), trended, Signal.Rule.TREND);
        }
        if (raw.has("astronomical")) {
            if (constantSeriesBug) {
                assertThat(strings(raw.get("astronomical"))).as(id + ": the visual's flags").containsOnly("lower");
                assertThat(analysis.points()).as(id + ": no limits, so nothing beyond them")
                        .allSatisfy(point -> assertThat(point.limits()).isEmpty())
                        .noneMatch(ChartPoint::sigmaSignal);
            } else {
                assertRaw(id + " astronomical", raw.get("astronomical"), analysis, Signal.Rule.OUTSIDE_LIMITS);
            }
            assertRaw(id + " two_in_three", raw.get("two_in_three"), analysis, Signal.Rule.TWO_IN_THREE);
            ChartAnalysis whole = base.withRules(powerBi(7, 7, true)).analyse(series).orElseThrow();
            assertRaw(id + " two_in_three_highlight_series", raw.get("two_in_three_highlight_series"), whole,
                    Signal.Rule.TWO_IN_THREE);
        }

        for (JsonNode ruleSet : output.get("rule_sets")) {
            int shift = ruleSet.get("shift_n").asInt();
            int trend = ruleSet.get("trend_n").asInt();
            String at = id + " (" + shift + "," + trend + ")";
            ChartAnalysis read = base.withRules(powerBi(shift, trend, false)).analyse(series).orElseThrow();
            JsonNode flags = ruleSet.get("flags");
            if (constantSeriesBug) {
                assertThat(strings(flags.get("astpoint"))).as(at + ": the visual's flags").containsOnly("deterioration");
                assertThat(strings(ruleSet.get("variation_icons_last_point"))).containsExactly("concernLow");
                assertThat(read.variationIcon()).as(at + " variation icon").hasValue(VariationIcon.COMMON_CAUSE);
                assertThat(read.variationIconsAnyPoint()).containsExactly(VariationIcon.COMMON_CAUSE);
                continue;
            }
            assertMapped(at + " astpoint", flags.get("astpoint"), read, Signal.Rule.OUTSIDE_LIMITS);
            assertMapped(at + " shift", flags.get("shift"), read, Signal.Rule.SHIFT);
            assertMapped(at + " trend", flags.get("trend"), read, Signal.Rule.TREND);
            assertMapped(at + " two_in_three", flags.get("two_in_three"), read, Signal.Rule.TWO_IN_THREE);
            assertThat(read.variationIcon().map(PowerBiSpcConformanceTest::camel).stream().toList())
                    .as(at + " variation icon from the last point")
                    .isEqualTo(strings(ruleSet.get("variation_icons_last_point")));
            assertThat(read.variationIconsAnyPoint().stream().map(PowerBiSpcConformanceTest::camel).toList())
                    .as(at + " variation icons from any point")
                    .isEqualTo(strings(ruleSet.get("variation_icons_any_point")));
        }
    }

    static RuleSet.MakingDataCount powerBi(int shift, int trend, boolean wholePattern) {
        return new RuleSet.MakingDataCount(shift, trend, wholePattern
                ? RuleSet.MakingDataCount.TwoInThree.NET_BEYOND_TWO_SIGMA_WHOLE_PATTERN
                : RuleSet.MakingDataCount.TwoInThree.NET_BEYOND_TWO_SIGMA);
    }

    private static void assertLimit(String what, JsonNode column, int i, ChartPoint point,
            ToDoubleFunction<ControlLimits> which) {
        if (column == null || column.isNull()) {
            assertThat(point.limits()).as(what + ": a run chart has no limits").isEmpty();
        } else {
            assertNumber(what, column.get(i), limit(point, which));
        }
    }

    /** Raw flags: "upper" / "lower" / "none" against our signal's side. */
    private static void assertRaw(String what, JsonNode expected, ChartAnalysis analysis, Signal.Rule rule) {
        List<String> actual = new ArrayList<>();
        for (ChartPoint point : analysis.points()) {
            actual.add(point.signals().stream().filter(s -> s.rule() == rule).findFirst()
                    .map(s -> s.side() == Side.HIGH ? "upper" : "lower").orElse("none"));
        }
        assertThat(actual).as(what).isEqualTo(strings(expected));
    }

    /** Direction-mapped flags: improvement / deterioration / neutral_high / neutral_low / none. */
    private static void assertMapped(String what, JsonNode expected, ChartAnalysis analysis, Signal.Rule rule) {
        List<String> actual = new ArrayList<>();
        for (ChartPoint point : analysis.points()) {
            actual.add(point.signals().stream().filter(s -> s.rule() == rule).findFirst().map(s -> switch (s.pointType()) {
                case SPECIAL_CAUSE_IMPROVEMENT -> "improvement";
                case SPECIAL_CAUSE_CONCERN -> "deterioration";
                case SPECIAL_CAUSE_NEUTRAL_HIGH -> "neutral_high";
                case SPECIAL_CAUSE_NEUTRAL_LOW -> "neutral_low";
                case COMMON_CAUSE -> "none";
            }).orElse("none"));
        }
        assertThat(actual).as(what).isEqualTo(strings(expected));
    }

    /** Our icon name in the visual's spelling: improvement_high becomes improvementHigh. */
    static String camel(VariationIcon icon) {
        String[] words = icon.code().split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(words[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    static Series series(JsonNode input) {
        if (input.has("numerators")) {
            Series.Builder builder = Series.counts();
            for (int i = 0; i < input.get("numerators").size(); i++) {
                builder.add(Integer.toString(i + 1), input.get("numerators").get(i).doubleValue(),
                        input.get("denominators").get(i).doubleValue());
            }
            return builder.build().orElseThrow();
        }
        Series.Builder builder = Series.values();
        for (int i = 0; i < input.get("y").size(); i++) {
            builder.add(Integer.toString(i + 1), input.get("y").get(i).doubleValue());
        }
        return builder.build().orElseThrow();
    }
}
