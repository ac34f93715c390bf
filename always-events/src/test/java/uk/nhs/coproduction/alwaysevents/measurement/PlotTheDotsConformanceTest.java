package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.coproduction.alwaysevents.measurement.Vectors.assertNumber;
import static uk.nhs.coproduction.alwaysevents.measurement.Vectors.limit;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every NHSRplotthedots line of the shared vectors (the Making Data Count XmR chart) through the
 * library, comparing every output: mean and process limits (1e-9 relative), rebase groups, the
 * short-group warning, outside/relative-to-mean/close-to-limits, the special-cause label, flag and
 * point type of every point, the group summaries, and the variation and assurance icons.
 *
 * <p>Deliberate differences are asserted, with their reason, in {@link #DIFFERENCES}. Not compared:
 * the facet column (the library charts one series at a time) and the trajectory column (always NA
 * in the vectors; trajectories are not offered).
 */
class PlotTheDotsConformanceTest {

    static final Map<String, String> DIFFERENCES = Map.of(
            "ptd-random-n001",
            "NHSRplotthedots returns NaN limits for a single point; the library refuses an XmR chart whose "
                    + "baseline has no moving range (too few points), rather than return NaN.",
            "ptd-with-NA-short",
            "NHSRplotthedots labels a missing value 'Common Cause'; the library gives a gap no point type "
                    + "(there is nothing to classify). Everything else agrees.");

    static Stream<Arguments> lines() {
        return Vectors.resource("xmr.jsonl", PlotTheDotsConformanceTest::isPlotTheDots);
    }

    static boolean isPlotTheDots(JsonNode line) {
        return "NHSRplotthedots".equals(line.get("peer").get("name").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void agreesWithNhsrPlotTheDots(String id, JsonNode line) {
        check(id, line);
    }

    static void check(String id, JsonNode line) {
        check(id, line, spec(line.get("options")));
    }

    /** Runs one NHSRplotthedots line with a spec built by the caller. */
    static void check(String id, JsonNode line, ChartSpec spec) {
        JsonNode input = line.get("input");
        Series.Builder builder = Series.values();
        for (int i = 0; i < input.get("y").size(); i++) {
            String period = input.get("x").get(i).asString();
            if (Vectors.absent(input.get("y").get(i))) {
                builder.addMissing(period);
            } else {
                builder.add(period, Vectors.number(input.get("y").get(i)));
            }
        }
        Series series = builder.build().orElseThrow();
        if (id.equals("ptd-random-n001")) {
            assertThat(spec.analyse(series).problems()).extracting(Problem::kind)
                    .containsExactly(Problem.Kind.TOO_FEW_POINTS);
            return;
        }
        ChartAnalysis analysis = spec.analyse(series).orElseThrow();
        JsonNode output = line.get("output");
        JsonNode points = output.get("points");
        int n = points.get("y").size();
        assertThat(analysis.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            ChartPoint point = analysis.point(i);
            String at = id + " point " + (i + 1);
            assertNumber(at + " y", points.get("y").get(i), point.value());
            assertThat(point.part() - 1).as(at + " rebase_group").isEqualTo(points.get("rebase_group").get(i).asInt());
            assertThat(analysis.parts().get(point.part() - 1).trialLimits()).as(at + " short_group_warning")
                    .isEqualTo(points.get("short_group_warning").get(i).asBoolean());
            assertNumber(at + " mean_col", points.get("mean_col").get(i), point.centre());
            assertNumber(at + " lpl", points.get("lpl").get(i), limit(point, ControlLimits::lower));
            assertNumber(at + " upl", points.get("upl").get(i), limit(point, ControlLimits::upper));
            JsonNode outside = points.get("outside_limits").get(i);
            JsonNode relative = points.get("relative_to_mean").get(i);
            JsonNode close = points.get("close_to_limits").get(i);
            if (point.isGap()) {
                assertThat(relative.isNull()).as(at + " relative_to_mean of a gap").isTrue();
                assertThat(point.pointType()).as(at + ": a gap has no point type").isEmpty();
                continue;
            }
            double value = point.value().getAsDouble();
            double centre = point.centre().getAsDouble();
            assertThat((int) Math.signum(value - centre)).as(at + " relative_to_mean").isEqualTo(relative.asInt());
            if (outside.isNull()) {
                assertThat(point.limits()).as(at + ": no limits").isEmpty();
            } else {
                assertThat(point.sigmaSignal()).as(at + " outside_limits").isEqualTo(outside.asBoolean());
                ControlLimits limits = point.limits().orElseThrow();
                boolean near = !point.sigmaSignal() && (value > limits.upper2Sigma() || value < limits.lower2Sigma());
                assertThat(near).as(at + " close_to_limits").isEqualTo(close.asBoolean());
            }
            assertThat(point.specialCauseLabel()).as(at + " special_cause_type")
                    .hasValue(points.get("special_cause_type").get(i).asString());
            assertThat(point.pointType().orElseThrow().isSpecialCause()).as(at + " special_cause_flag")
                    .isEqualTo(points.get("special_cause_flag").get(i).asBoolean());
            assertThat(point.pointType().orElseThrow().code()).as(at + " point_type")
                    .isEqualTo(points.get("point_type").get(i).asString());
            assertNumber(at + " target", points.get("target").get(i), spec.target());
        }
        JsonNode groups = output.get("groups");
        assertThat(analysis.parts()).hasSize(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            PartSummary part = analysis.parts().get(g);
            String at = id + " group " + g;
            assertThat(part.part() - 1).as(at).isEqualTo(group.get("rebase_group").asInt());
            assertNumber(at + " mean_col", group.get("mean_col"), part.centre());
            ChartPoint first = analysis.point(part.firstPoint() - 1);
            assertNumber(at + " lpl", group.get("lpl"), limit(first, ControlLimits::lower));
            assertNumber(at + " upl", group.get("upl"), limit(first, ControlLimits::upper));
            assertThat(part.size()).as(at + " n").isEqualTo(group.get("n").asInt());
            int gaps = (int) analysis.points().subList(part.firstPoint() - 1, part.lastPoint()).stream()
                    .filter(ChartPoint::isGap).count();
            assertThat(part.count(PointType.COMMON_CAUSE) + gaps).as(at + " common_cause (gaps are common cause there)")
                    .isEqualTo(group.get("common_cause").asInt());
            assertThat(part.count(PointType.SPECIAL_CAUSE_IMPROVEMENT)).as(at + " special_cause_improvement")
                    .isEqualTo(group.get("special_cause_improvement").asInt());
            assertThat(part.count(PointType.SPECIAL_CAUSE_CONCERN)).as(at + " special_cause_concern")
                    .isEqualTo(group.get("special_cause_concern").asInt());
            assertThat(part.latestPointType().map(PointType::code)).as(at + " variation_type")
                    .hasValue(group.get("variation_type").asString());
            if (group.has("assurance_type")) {
                JsonNode assurance = group.get("assurance_type");
                assertThat(part.assurance().map(AssuranceIcon::code)).as(at + " assurance_type")
                        .isEqualTo(assurance.isNull() ? Optional.empty() : Optional.of(assurance.asString()));
            }
        }
        Optional<String> assuranceIcon = Optional.empty();
        for (JsonNode icon : output.get("icons")) {
            String file = icon.get("icon").asString();
            if (icon.get("type").asString().equals("variation")) {
                assertThat(analysis.variationIcon().map(v -> v.code() + ".svg")).as(id + " variation icon").hasValue(file);
            } else {
                assuranceIcon = Optional.of(file);
            }
        }
        assertThat(analysis.assuranceIcon().map(PlotTheDotsConformanceTest::iconFile)).as(id + " assurance icon")
                .isEqualTo(assuranceIcon);
        JsonNode facetAssurance = output.get("assurance").get(0).get("assurance_type");
        assertThat(analysis.assuranceIcon().map(AssuranceIcon::code)).as(id + " assurance_type")
                .isEqualTo(facetAssurance.isNull() ? Optional.empty() : Optional.of(facetAssurance.asString()));
        boolean warned = output.has("warnings") && output.get("warnings").size() > 0;
        assertThat(analysis.parts().stream().anyMatch(PartSummary::trialLimits)).as(id + " short-group warning")
                .isEqualTo(warned);
    }

    private static String iconFile(AssuranceIcon icon) {
        return switch (icon) {
            case CONSISTENT_PASS -> "pass.svg";
            case CONSISTENT_FAIL -> "fail.svg";
            case INCONSISTENT -> "inconsistent.svg";
        };
    }

    static ChartSpec spec(JsonNode options) {
        ChartSpec spec = ChartSpec.of(ChartType.XMR, RuleSet.makingDataCount())
                .withImprovement(ImprovementDirection.fromCode(options.get("improvement_direction").asString()).orElseThrow())
                .withScreenedMovingRanges(options.get("screen_outliers").asBoolean());
        if (options.has("target")) {
            spec = spec.withTarget(options.get("target").doubleValue());
        }
        Baseline baseline = Baseline.whole();
        if (options.has("rebase")) {
            JsonNode rebase = options.get("rebase");
            String[] periods = new String[rebase.size()];
            for (int i = 0; i < periods.length; i++) {
                periods[i] = rebase.get(i).asString();
            }
            baseline = baseline.withRebaseAt(periods);
        }
        if (options.has("fix_after_n_points")) {
            baseline = baseline.withFixAfter(options.get("fix_after_n_points").asInt());
        }
        return spec.withBaseline(baseline);
    }
}
