package uk.nhs.coproduction.app.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code spc} command: exit statuses, the JSON contract, the text and SVG output, bad input. */
class SpcCommandTest {

    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    private Run spc(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SpcCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    private String csv(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file.toString();
    }

    private String values(double... values) throws IOException {
        List<String> lines = new ArrayList<>(List.of("period,value"));
        for (int i = 0; i < values.length; i++) {
            lines.add(String.format("2024-%02d,%s", i % 12 + 1 + 0, Double.toString(values[i])).replaceFirst("^2024-",
                    (2020 + i / 12) + "-"));
        }
        return csv("values.csv", lines.toArray(String[]::new));
    }

    @Test
    void jsonContractForARunChartWithTheAnhoejRules() throws IOException {
        String file = csv("run.csv", "period,value", "Jan,1", "Feb,", "Mar,3", "Apr,2", "May,5");
        Run run = spc("--format", "json", file);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        assertThat(json.get("chart").asString()).isEqualTo("run");
        assertThat(json.get("rules").asString()).isEqualTo("anhoej");
        JsonNode points = json.get("points");
        assertThat(points.size()).isEqualTo(5);
        JsonNode first = points.get(0);
        assertThat(fieldNames(first)).containsExactly("period", "value", "centre", "lower", "upper", "lower2Sigma",
                "upper2Sigma", "part", "baseline", "included", "sigmaSignal", "runsSignal", "specialCause", "pointType");
        assertThat(first.get("period").asString()).isEqualTo("Jan");
        assertThat(first.get("value").doubleValue()).isEqualTo(1.0);
        assertThat(first.get("centre").doubleValue()).isEqualTo(2.5);
        assertThat(first.get("lower").isNull()).as("a run chart has no limits").isTrue();
        assertThat(first.get("sigmaSignal").isNull()).as("no limits, so no sigma signal").isTrue();
        assertThat(first.get("runsSignal").asBoolean()).isFalse();
        assertThat(first.get("specialCause").isNull()).as("the Anhøj rules classify parts").isTrue();
        assertThat(first.get("pointType").isNull()).isTrue();
        assertThat(first.get("part").asInt()).isEqualTo(1);
        assertThat(first.get("baseline").asBoolean()).isTrue();
        assertThat(first.get("included").asBoolean()).isTrue();
        assertThat(points.get(1).get("value").isNull()).as("a gap is null, never dropped").isTrue();
        JsonNode part = json.get("parts").get(0);
        assertThat(fieldNames(part)).containsExactly("part", "observations", "usefulObservations", "longestRun",
                "longestRunMax", "crossings", "crossingsMin", "crossingsMax", "runsSignal", "sigmaSignals");
        assertThat(part.get("observations").asInt()).isEqualTo(5);
        assertThat(part.get("usefulObservations").asInt()).isEqualTo(4);
        assertThat(part.get("longestRunMax").asInt()).isEqualTo(5);
        assertThat(part.get("crossingsMin").asInt()).isZero();
        assertThat(part.get("crossingsMax").isNull()).as("IHI only").isTrue();
        assertThat(part.get("sigmaSignals").isNull()).isTrue();
        assertThat(json.get("variationIcon").isNull()).isTrue();
        assertThat(json.get("assuranceIcon").isNull()).isTrue();
    }

    @Test
    void jsonContractForTheMakingDataCountXmrChart() throws IOException {
        double[] values = new double[24];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < 17 ? 80 + (i % 3) : 90 + (i % 2);
        }
        Run run = spc("--chart", "xmr", "--format", "json", "--target", "70", "--improvement", "increase",
                "--fix-after", "17", values(values));

        assertThat(run.status()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("rules").asString()).as("mdc is the default for xmr").isEqualTo("mdc");
        JsonNode last = json.get("points").get(23);
        assertThat(last.get("pointType").asString()).isEqualTo("special_cause_improvement");
        assertThat(last.get("specialCause").asString()).isEqualTo("Above UCL");
        assertThat(last.get("sigmaSignal").asBoolean()).isTrue();
        assertThat(json.get("points").get(0).get("specialCause").asString()).isEqualTo("Common Cause");
        assertThat(json.get("parts").get(0).get("longestRun").isNull()).as("no runs analysis in MDC").isTrue();
        assertThat(json.get("parts").get(0).get("usefulObservations").isNull()).isTrue();
        assertThat(json.get("variationIcon").asString()).isEqualTo("improvement_high");
        assertThat(json.get("assuranceIcon").asString()).isEqualTo("consistent_pass");
        double mean = json.get("points").get(0).get("centre").doubleValue();
        double upper = json.get("points").get(0).get("upper").doubleValue();
        double upper2 = json.get("points").get(0).get("upper2Sigma").doubleValue();
        assertThat((upper2 - mean) / (upper - mean)).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void everyBaselineOptionReachesTheAnalysis() throws IOException {
        String file = values(10, 11, 10, 12, 11, 10, 11, 20, 21, 20, 22, 21, 20, 21);
        JsonNode json = spc("--chart", "i", "--format", "json", "--part", "7", "--exclude", "2,9", "--fix-after", "5",
                "--screen-mr", "false", file).json();
        assertThat(json.get("parts").size()).isEqualTo(2);
        assertThat(json.get("points").get(1).get("included").asBoolean()).isFalse();
        assertThat(json.get("points").get(5).get("baseline").asBoolean()).isFalse();
        assertThat(json.get("points").get(7).get("part").asInt()).isEqualTo(2);

        JsonNode frozen = spc("--format", "json", "--freeze", "7", file).json();
        assertThat(frozen.get("points").get(13).get("centre").doubleValue()).isEqualTo(11.0);
        assertThat(frozen.get("parts").get(0).get("runsSignal").asBoolean()).isTrue();

        JsonNode rebased = spc("--chart", "xmr", "--format", "json", "--rebase", "2020-08", file).json();
        assertThat(rebased.get("points").get(7).get("part").asInt()).isEqualTo(2);

        JsonNode ihi = spc("--rules", "ihi", "--shift-length", "7", "--trend-length", "6", "--format", "json", file).json();
        assertThat(ihi.get("rules").asString()).isEqualTo("ihi");
        assertThat(ihi.get("parts").get(0).get("longestRunMax").asInt()).isEqualTo(6);
    }

    @Test
    void countsMakeAPChartAndTextAndSvgFormatsWork() throws IOException {
        String file = csv("counts.csv", "\uFEFFPeriod,Numerator,Denominator", "2024-01,18,20", "2024-02,19,20",
                "\"2024-03\",,", "2024-04,20,20", "", "2024-05,17,20");
        Run text = spc("--chart", "p", "--target", "0.95", file);
        assertThat(text.status()).isZero();
        assertThat(text.out()).startsWith("P chart, Anhøj rules, 5 points").contains("2024-03", "no data");

        Run svg = spc("--chart", "p", "--format", "svg", "--target", "0.95", file);
        assertThat(svg.status()).isZero();
        assertThat(svg.out()).startsWith("<svg").contains("<title id=\"chart-title\">P chart: counts.csv</title>",
                "<desc id=\"chart-desc\">", "class=\"target\"").endsWith("</svg>\n");
    }

    @Test
    void aMalformedFileExitsWithStatusTwoNamingTheLine() throws IOException {
        Run badNumber = spc(csv("bad.csv", "period,value", "Jan,1", "Feb,two", "Mar,3"));
        assertThat(badNumber.status()).isEqualTo(2);
        assertThat(badNumber.out()).isEmpty();
        assertThat(badNumber.err()).contains("line 3: the value 'two' is not a number");

        Run fields = spc(csv("fields.csv", "period,value", "Jan,1,9"));
        assertThat(fields.status()).isEqualTo(2);
        assertThat(fields.err()).contains("line 2: expected 2 fields (period,value), found 3");

        Run header = spc(csv("header.csv", "month,count", "Jan,1"));
        assertThat(header.status()).isEqualTo(2);
        assertThat(header.err()).contains("line 1: the header must be period,value or period,numerator,denominator");

        Run duplicate = spc(csv("dup.csv", "period,value", "Jan,1", "", "Jan,2"));
        assertThat(duplicate.status()).isEqualTo(2);
        assertThat(duplicate.err()).contains("line 4: Point 2: the period Jan was already given at point 1.");

        Run nan = spc(csv("nan.csv", "period,value", "Jan,NaN"));
        assertThat(nan.err()).contains("line 2: the value 'NaN' is not a number");

        Run empty = spc(csv("empty.csv", ""));
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).contains("line 1: the file is empty");
    }

    @Test
    void refusedDataNamesTheLineAndRefusedOptionsNameTheOption() throws IOException {
        Run over = spc("--chart", "p", csv("over.csv", "period,numerator,denominator", "Jan,1,2", "Feb,3,2"));
        assertThat(over.status()).isEqualTo(2);
        assertThat(over.err()).contains("line 3: Point 2 (Feb): the event cannot have happened for more people than were eligible (3 of 2)");

        Run needsCounts = spc("--chart", "u", values(1, 2, 3));
        assertThat(needsCounts.status()).isEqualTo(2);
        assertThat(needsCounts.err()).contains("needs a numerator and a denominator");

        String file = values(1, 2, 3, 4);
        assertThat(spc("--chart", "z", file).err())
                .contains("--chart: 'z' is not one of run, i, mr, p, pp, u, xmr, c, g, t, xbar, s");
        assertThat(spc("--rules", "western-electric", file).status()).isEqualTo(2);
        assertThat(spc("--format", "pdf", file).err()).contains("--format: 'pdf' is not one of json, text, svg");
        assertThat(spc("--improvement", "up", file).status()).isEqualTo(2);
        assertThat(spc("--freeze", "9", file).err()).contains("Freeze 9 is not a point of the series (1 to 4).");
        assertThat(spc("--freeze", "2", "--part", "2", file).err()).contains("cannot be combined");
        assertThat(spc("--rebase", "1999-01", file).err()).contains("Cannot rebase at 1999-01");
        assertThat(spc("--shift-length", "6", file).err()).contains("--shift-length: shift and trend lengths apply to rules ihi or mdc");
        assertThat(spc("--screen-mr", "maybe", file).status()).isEqualTo(2);
        assertThat(spc("--freeze", "x", file).status()).as("picocli: not a number").isEqualTo(2);
        assertThat(spc(folder.resolve("missing.csv").toString()).err()).contains("no such file");
        assertThat(spc().status()).as("no file").isEqualTo(2);
    }

    @Test
    void subgroupsReadAsRowsOfValuesOrAsSummariesGiveTheSameXbarAndSCharts() throws IOException {
        // Each subgroup's standard deviation is a whole number, so both files hold exactly the same subgroups.
        String rows = csv("rows.csv", "period,value", "W1,2", "W1,4", "W1,6", "W2,1", "W2,3", "W2,5", "W3,",
                "W4,3", "W4,5", "W4,7", "W5,2", "W5,3", "W5,4");
        String summaries = csv("summaries.csv", "period,size,mean,sd", "W1,3,4,2", "W2,3,3,2", "W3,,,", "W4,3,5,2",
                "W5,3,3,1");
        for (String chart : List.of("xbar", "s")) {
            Run fromRows = spc("--chart", chart, "--format", "json", rows);
            Run fromSummaries = spc("--chart", chart, "--format", "json", summaries);
            assertThat(fromRows.status()).as(fromRows.err()).isZero();
            assertThat(fromSummaries.status()).as(fromSummaries.err()).isZero();
            assertThat(fromRows.json()).as(chart).isEqualTo(fromSummaries.json());
            assertThat(fromRows.json().toString()).contains("W3");
        }
        assertThat(spc("--chart", "xbar", rows).out()).startsWith("X̄ chart");
        assertThat(spc("--chart", "s", rows).out()).startsWith("S chart");
    }

    @Test
    void badSubgroupFilesNameTheLine() throws IOException {
        Run apart = spc("--chart", "xbar", csv("apart.csv", "period,value", "W1,2", "W1,4", "W2,1", "W1,6"));
        assertThat(apart.status()).isEqualTo(2);
        assertThat(apart.err()).contains("line 5: the rows of period 'W1' must be together");

        Run size = spc("--chart", "s", csv("size.csv", "period,size,mean,sd", "W1,2.5,4,1"));
        assertThat(size.status()).isEqualTo(2);
        assertThat(size.err()).contains("line 2: the size '2.5' is not a whole number of at least 1");

        Run twice = spc("--chart", "s", csv("twice.csv", "period,size,mean,sd", "W1,3,4,1", "W1,3,4,1"));
        assertThat(twice.err()).contains("line 3: the period 'W1' has a row already");

        Run header = spc("--chart", "xbar", csv("counts.csv", "period,numerator,denominator", "W1,1,2"));
        assertThat(header.status()).isEqualTo(2);
        assertThat(header.err()).contains("line 1: the X̄ and S charts need subgroups");

        Run word = spc("--chart", "xbar", csv("word.csv", "period,value", "W1,2", "W1,many"));
        assertThat(word.err()).contains("line 3: the value 'many' is not a number");
    }

    @Test
    void rareEventChartsReadOneValuePerPeriod() throws IOException {
        String between = values(40, 12, 33, 51, 8, 27, 60, 45, 19, 36);
        Run g = spc("--chart", "g", "--format", "json", between);
        assertThat(g.status()).as(g.err()).isZero();
        assertThat(g.json().path("chart").asString()).isEqualTo("g");
        assertThat(spc("--chart", "t", between).out()).startsWith("T chart");
        assertThat(spc("--chart", "c", values(3, 5, 2, 4, 6, 3, 2, 5)).out()).startsWith("C chart");
    }

    @Test
    void helpShowsTheTrademarkNotice() {
        Run help = spc("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("--chart", "--rules", "--screen-mr", "--freeze", "--part", "--exclude",
                "--rebase", "--fix-after", "--improvement", "--target", "--format",
                "Always Events® is a registered trademark of the Institute for Healthcare Improvement.");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }
}
