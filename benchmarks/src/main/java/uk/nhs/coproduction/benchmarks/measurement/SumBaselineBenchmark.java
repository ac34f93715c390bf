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

/**
 * The same-run baseline for {@link ChartAnalysisBenchmark}: one plain pass summing as many values.
 * A chart analysis makes several passes and allocates its result, so a ratio of 10 to 30 is what a
 * linear implementation looks like.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SumBaselineBenchmark {

    /** How many values. */
    @Param({"10000", "1000000"})
    public int points;

    private double[] values;

    /** The values, as {@link ChartAnalysisBenchmark} draws them. */
    @Setup
    public void setUp() {
        Random random = new Random(20261127L);
        values = new double[points];
        for (int i = 0; i < points; i++) {
            values[i] = 80 + random.nextGaussian() * 3;
        }
    }

    /** Sums the values. */
    @Benchmark
    public double sum() {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
