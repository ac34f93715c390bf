package uk.nhs.coproduction.benchmarks.measurement;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartSpec;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.RuleSet;
import uk.nhs.coproduction.alwaysevents.measurement.Series;

/**
 * The time to analyse a series of {@code points} with each chart (centre, limits, rules, point
 * types, icons and part summaries). {@link SumBaselineBenchmark}, run in the same JMH run, is the
 * baseline: report each analysis as a ratio to the baseline of the same size.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ChartAnalysisBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChartAnalysisBenchmark {

    /** How many points. */
    @Param({"10000", "1000000"})
    public int points;

    /** The chart and its rule set: a chart code, with "-ihi" for the IHI rules on a run chart. */
    @Param({"run", "run-ihi", "i", "mr", "p", "pp", "u", "xmr"})
    public String chart;

    private Series values;
    private Series counts;
    private ChartSpec spec;

    /** Builds the series once per trial: values around 80 with a shift, and counts of about 95 %. */
    @Setup
    public void setUp() {
        Random random = new Random(20261127L);
        Series.Builder valueBuilder = Series.values();
        Series.Builder countBuilder = Series.counts();
        for (int i = 0; i < points; i++) {
            String period = Integer.toString(i + 1);
            double value = 80 + random.nextGaussian() * 3 + (i > points / 2 ? 2 : 0);
            valueBuilder.add(period, value);
            int eligible = 40 + random.nextInt(20);
            int events = Math.min(eligible, (int) Math.round(eligible * (0.93 + random.nextGaussian() * 0.03)));
            countBuilder.add(period, Math.max(0, events), eligible);
        }
        values = valueBuilder.build().orElseThrow();
        counts = countBuilder.build().orElseThrow();
        spec = switch (chart) {
            case "run" -> ChartSpec.of(ChartType.RUN, RuleSet.anhoej());
            case "run-ihi" -> ChartSpec.of(ChartType.RUN, RuleSet.ihi());
            case "xmr" -> ChartSpec.of(ChartType.XMR, RuleSet.makingDataCount()).withTarget(85);
            default -> ChartSpec.of(ChartType.fromCode(chart).orElseThrow(), RuleSet.anhoej());
        };
    }

    /** Analyses the series with the chart. */
    @Benchmark
    public ChartAnalysis analyse() {
        return spec.analyse(spec.chartType().needsCounts() ? counts : values).orElseThrow();
    }
}
