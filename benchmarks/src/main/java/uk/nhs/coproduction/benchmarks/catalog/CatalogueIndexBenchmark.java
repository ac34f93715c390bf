package uk.nhs.coproduction.benchmarks.catalog;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.release.CatalogRelease;

/**
 * Building a searchable snapshot ({@code CatalogSnapshot.of(release, VocabulariesJson.bundled()).prepareSearch()}) against
 * building the same Lucene index directly.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar CatalogueIndex -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class CatalogueIndexBenchmark {

    @Param({"1000", "10000", "100000"})
    int size;

    private CatalogRelease release;

    @Setup(Level.Trial)
    public void setUp() {
        release = SyntheticCatalogue.of(size);
    }

    /** The catalogue's snapshot and index. */
    @Benchmark
    public CatalogSnapshot catalogue() {
        return CatalogSnapshot.of(release, VocabulariesJson.bundled()).prepareSearch();
    }

    /** The same index built directly on Lucene: the baseline. */
    @Benchmark
    public Object rawLucene() {
        return new RawLucene(release.resources());
    }
}
