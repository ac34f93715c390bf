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
import uk.nhs.coproduction.catalog.search.Facet;
import uk.nhs.coproduction.catalog.search.Hit;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;

/**
 * One search (text + kind filter + audience filter + facet counts, first page of 20) through
 * {@link CatalogSnapshot#search} against the same search written directly on Lucene. Sample mode,
 * so JMH reports percentiles (p99) as well as the mean.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar CatalogueSearch -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CatalogueSearchBenchmark {

    @Param({"1000", "10000", "100000"})
    int size;

    private CatalogSnapshot snapshot;
    private RawLucene raw;
    private Query query;

    @Setup(Level.Trial)
    public void setUp() {
        CatalogRelease release = SyntheticCatalogue.of(size);
        snapshot = CatalogSnapshot.of(release, VocabulariesJson.bundled()).prepareSearch();
        raw = new RawLucene(release.resources());
        query = Query.text(SyntheticCatalogue.QUERY_TEXT).withFilter(Facet.KIND, SyntheticCatalogue.QUERY_KIND)
                .withFilter(Facet.AUDIENCE, SyntheticCatalogue.QUERY_AUDIENCE);
    }

    /**
     * The catalogue's search: analysis with synonyms, drill-sideways facets with labels, result
     * mapping. Highlighted snippets are made only when read, so this leaves them out.
     */
    @Benchmark
    public SearchResult catalogue() {
        return snapshot.search(query);
    }

    /** The same, then reading every highlighted title and summary of the page, as a results page does. */
    @Benchmark
    public int catalogueWithSnippets() {
        int marks = 0;
        for (Hit hit : snapshot.search(query).items()) {
            marks += hit.title().fragments().size() + hit.summary().fragments().size();
        }
        return marks;
    }

    /** The same search directly on Lucene: the baseline. */
    @Benchmark
    public int rawLucene() {
        return raw.search(SyntheticCatalogue.QUERY_TEXT, SyntheticCatalogue.QUERY_KIND,
                SyntheticCatalogue.QUERY_AUDIENCE);
    }
}
