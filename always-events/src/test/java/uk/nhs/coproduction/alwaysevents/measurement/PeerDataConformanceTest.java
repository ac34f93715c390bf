package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The peers' own data sets (qicharts2's {@code cdi}, {@code nhs_accidents}, Montgomery's tables;
 * NHSRplotthedots' test data; the same inputs through the Power BI visual), read from
 * {@code ../shared/spc/peer-data/} beside the project and never copied into it. On a clone without
 * {@code ../shared} the whole class reports itself skipped, with the reason.
 *
 * <p>Two lines differ on purpose, and the difference is asserted: qicharts2 averages rows that share
 * a period ({@code q2-run-cabg-age-by-month}), where the library refuses duplicate periods, so the
 * test refuses first and then averages the rows itself; and NHSRplotthedots ignores a rebase date
 * that is not in the data ({@code ptd-test-seed123-rebase}), where the library refuses it, so the
 * test checks the refusal and then compares the chart without the rebase.
 */
class PeerDataConformanceTest {

    /** The module's working directory is the module folder: the project root's sibling is two up. */
    static final Path PEER_DATA = Path.of("..", "..", "shared", "spc", "peer-data");

    static final boolean PRESENT = Files.isDirectory(PEER_DATA);

    static final String ABSENT = "skipped: the peers' own data sets are read only from "
            + PEER_DATA.toAbsolutePath().normalize() + " (../shared beside the project), which is absent here";

    /** When the folder is absent, one placeholder per test, which the test reports as skipped with the reason. */
    private static Stream<Arguments> placeholder() {
        System.out.println("PeerDataConformanceTest " + ABSENT);
        return Stream.of(Arguments.of("peer data absent", null));
    }

    static Stream<Arguments> qicharts() {
        if (!PRESENT) {
            return placeholder();
        }
        return Stream.of("runchart.jsonl", "pchart.jsonl", "xmr.jsonl").filter(f -> Files.exists(PEER_DATA.resolve(f)))
                .flatMap(f -> Vectors.file(PEER_DATA.resolve(f), QichartsConformanceTest::isQicharts));
    }

    static Stream<Arguments> plotTheDots() {
        if (!PRESENT) {
            return placeholder();
        }
        return Files.exists(PEER_DATA.resolve("xmr.jsonl"))
                ? Vectors.file(PEER_DATA.resolve("xmr.jsonl"), PlotTheDotsConformanceTest::isPlotTheDots) : Stream.empty();
    }

    static Stream<Arguments> powerBi() {
        if (!PRESENT) {
            return placeholder();
        }
        return Files.exists(PEER_DATA.resolve("powerbi_spc.jsonl"))
                ? Vectors.file(PEER_DATA.resolve("powerbi_spc.jsonl"), line -> true) : Stream.empty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("qicharts")
    void agreesWithQicharts2OnItsOwnData(String id, @org.jspecify.annotations.Nullable JsonNode line) {
        assumeTrue(PRESENT, ABSENT);
        JsonNode input = line.get("input");
        if (hasDuplicatePeriods(input.get("x"))) {
            Series.Builder raw = input.has("n") ? Series.counts() : Series.values();
            for (int i = 0; i < input.get("y").size(); i++) {
                raw.addMissing(Vectors.period(input.get("x").get(i)));
            }
            assertThat(raw.build().problems()).extracting(Problem::kind).contains(Problem.Kind.DUPLICATE_PERIOD);
            QichartsConformanceTest.check(id, line, averagedByPeriod(input));
            return;
        }
        QichartsConformanceTest.check(id, line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plotTheDots")
    void agreesWithNhsrPlotTheDotsOnItsOwnData(String id, @org.jspecify.annotations.Nullable JsonNode line) {
        assumeTrue(PRESENT, ABSENT);
        ChartSpec spec = PlotTheDotsConformanceTest.spec(line.get("options"));
        if (id.equals("ptd-test-seed123-rebase")) {
            Series.Builder builder = Series.values();
            JsonNode input = line.get("input");
            for (int i = 0; i < input.get("y").size(); i++) {
                builder.add(input.get("x").get(i).asString(), Vectors.number(input.get("y").get(i)));
            }
            assertThat(spec.analyse(builder.build().orElseThrow()).problems()).extracting(Problem::kind)
                    .containsExactly(Problem.Kind.UNKNOWN_PERIOD);
            spec = spec.withBaseline(Baseline.whole());
        }
        PlotTheDotsConformanceTest.check(id, line, spec);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("powerBi")
    void agreesWithThePowerBiVisualOnThePeersData(String id, @org.jspecify.annotations.Nullable JsonNode line) {
        assumeTrue(PRESENT, ABSENT);
        PowerBiSpcConformanceTest.check(id, line);
    }

    private static boolean hasDuplicatePeriods(JsonNode x) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode period : x) {
            if (!seen.add(Vectors.period(period))) {
                return true;
            }
        }
        return false;
    }

    /**
     * qicharts2's aggregation, periods sorted: for counts the sums of the complete rows' numerators and
     * denominators; for values the mean of the non-missing values.
     */
    private static Series averagedByPeriod(JsonNode input) {
        if (input.has("n")) {
            Map<String, double[]> sums = new TreeMap<>();
            for (int i = 0; i < input.get("y").size(); i++) {
                double[] sum = sums.computeIfAbsent(Vectors.period(input.get("x").get(i)), k -> new double[3]);
                if (!Vectors.absent(input.get("y").get(i)) && !Vectors.absent(input.get("n").get(i))) {
                    sum[0] += Vectors.number(input.get("y").get(i));
                    sum[1] += Vectors.number(input.get("n").get(i));
                    sum[2]++;
                }
            }
            Series.Builder counts = Series.counts();
            sums.forEach((period, sum) -> {
                if (sum[2] == 0) {
                    counts.addMissing(period);
                } else {
                    counts.add(period, sum[0], sum[1]);
                }
            });
            return counts.build().orElseThrow();
        }
        Map<String, List<Double>> byPeriod = new TreeMap<>();
        for (int i = 0; i < input.get("y").size(); i++) {
            List<Double> values = byPeriod.computeIfAbsent(Vectors.period(input.get("x").get(i)), k -> new ArrayList<>());
            if (!Vectors.absent(input.get("y").get(i))) {
                values.add(Vectors.number(input.get("y").get(i)));
            }
        }
        Series.Builder builder = Series.values();
        byPeriod.forEach((period, values) -> {
            if (values.isEmpty()) {
                builder.addMissing(period);
            } else {
                double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
                builder.add(period, uk.nhs.coproduction.alwaysevents.measurement.internal.Centres.mean(array, array.length));
            }
        });
        return builder.build().orElseThrow();
    }
}
