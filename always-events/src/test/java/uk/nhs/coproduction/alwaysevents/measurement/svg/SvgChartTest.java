package uk.nhs.coproduction.alwaysevents.measurement.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartSpec;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.RuleSet;
import uk.nhs.coproduction.alwaysevents.measurement.Series;

class SvgChartTest {

    private static ChartAnalysis xmr() {
        Series.Builder builder = Series.values();
        double[] values = {50, 52, 49, 51, 50, 48, 52, 51, 50, 49, 51, 50, 60, 61, 62, 63, 64, 65, 66};
        for (int i = 0; i < values.length; i++) {
            if (i == 5) {
                builder.addMissing("2024-" + (i + 1));
            } else {
                builder.add("2024-" + (i + 1), values[i]);
            }
        }
        return ChartSpec.of(ChartType.XMR, RuleSet.makingDataCount()).withTarget(55)
                .analyse(builder.build().orElseThrow()).orElseThrow();
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*?)(/?)>");

    /**
     * Checks that tags nest and close properly, that attribute values are quoted and that every
     * ampersand starts an entity (the test runs inside the module, which does not read java.xml).
     */
    private static void assertWellFormed(String svg) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(svg);
        while (tag.find()) {
            String name = tag.group(2);
            if (!tag.group(1).isEmpty()) {
                assertThat(open.pop()).as("closing </%s>", name).isEqualTo(name);
            } else if (tag.group(4).isEmpty()) {
                open.push(name);
            }
            assertThat(tag.group(3)).as("attributes of <%s>", name).doesNotContain("<").matches("(\\s+[a-zA-Z][a-zA-Z0-9:-]*=\"[^\"]*\")*\\s*");
        }
        assertThat(open).as("unclosed tags").isEmpty();
        assertThat(svg).doesNotContainPattern("&(?!amp;|lt;|gt;|quot;|#39;)");
    }

    @Test
    void rendersAWellFormedAccessibleSvg() {
        String svg = SvgChart.of(xmr()).withTitle("Waits <4h & \"fast\"").withAxisLabels("Month", "Minutes")
                .withAnnotations(List.of(new ChartAnnotation("2024-13", "PDSA 1: triage nurse"))).render();
        assertWellFormed(svg);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .contains("aria-labelledby=\"chart-title chart-desc\"")
                .contains("<title id=\"chart-title\">Waits &lt;4h &amp; &quot;fast&quot;</title>");
        String desc = svg.substring(svg.indexOf("<desc"), svg.indexOf("</desc>"));
        assertThat(desc).contains("XmR chart (Making Data Count)", "Target 55", "Marker at 2024-13: PDSA 1: triage nurse",
                "Variation: Special cause variation of an improving nature: higher values");
        assertThat(svg).contains(">Month</text>", ">Minutes</text>", "class=\"target\"", "stroke=\"#de1b1b\"",
                "class=\"annotations\"", "fill=\"#00b0f0\"", "fill=\"#a6a6a6\"");
        // 18 points with a value, each a circle with a tooltip; the gap has none and breaks the line.
        assertThat(Pattern.compile("<circle [^>]*><title>").matcher(svg).results().count()).isEqualTo(18);
        String values = svg.substring(svg.indexOf("class=\"values\""));
        assertThat(values.substring(0, values.indexOf("/>"))).as("the line is broken at the gap").contains(" M");
    }

    @Test
    void theTextAlternativeHasEveryPeriod() {
        SvgChart chart = SvgChart.of(xmr());
        String table = chart.textTable();
        assertThat(table.lines().filter(line -> line.startsWith("2024-")).count()).isEqualTo(19);
        assertThat(table).contains("2024-6", "no data", "special cause: improvement");
        String html = chart.htmlTable();
        assertThat(html).contains("<caption>", "<th scope=\"row\">2024-19</th>");
    }

    @Test
    void drawsTheRareEventAndSubgroupCharts() {
        double[] days = {12, 30, 4, 18, 41, 7, 22, 15, 60, 9, 27, 33, 5, 19};
        Series.Builder groups = Series.subgroups();
        for (int i = 0; i < days.length; i++) {
            groups.addSubgroup("2024-" + (i + 1), days[i], days[i] * 1.1 + 2, days[(i + 3) % days.length]);
        }
        Series subgroups = groups.build().orElseThrow();
        Series.Builder times = Series.values();
        for (int i = 0; i < days.length; i++) {
            times.add("2024-" + (i + 1), days[i]);
        }
        Series values = times.build().orElseThrow();
        for (ChartType type : List.of(ChartType.C, ChartType.G, ChartType.T, ChartType.XBAR, ChartType.S)) {
            ChartAnalysis analysis = ChartSpec.of(type, RuleSet.makingDataCount())
                    .analyse(type.needsSubgroups() ? subgroups : values).orElseThrow();
            String svg = SvgChart.of(analysis)
                    .withAnnotations(List.of(new ChartAnnotation("2024-8", "New incident review"))).render();
            assertWellFormed(svg);
            String desc = svg.substring(svg.indexOf("<desc"), svg.indexOf("</desc>"));
            assertThat(desc).as(type.code()).contains(type.title(), "Marker at 2024-8: New incident review");
            assertThat(Pattern.compile("<circle [^>]*><title>").matcher(svg).results().count()).as(type.code())
                    .isEqualTo(days.length);
            assertThat(svg).as(type.code()).contains("class=\"annotations\"");
        }
    }

    @Test
    void refusesAnAnnotationOffTheChart() {
        assertThatThrownBy(() -> SvgChart.of(xmr()).withAnnotations(List.of(new ChartAnnotation("2030-01", "later"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2030-01");
    }

    @Test
    void ticksAreRound() {
        assertThat(SvgChart.niceTicks(0.3, 9.7)).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(SvgChart.number(95.0)).isEqualTo("95");
        assertThat(SvgChart.number(0.123456)).isEqualTo("0.1235");
    }
}
