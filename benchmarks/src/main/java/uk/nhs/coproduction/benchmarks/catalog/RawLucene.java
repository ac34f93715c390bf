package uk.nhs.coproduction.benchmarks.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * The baseline: the same index (the same words in the same fields) and the same search written
 * directly against Lucene, with no catalogue layer: no snapshot, no query object, no synonym
 * analysis, no facet labels, no result mapping and no highlighting.
 */
final class RawLucene {

    private static final String[] DIMENSIONS = {"kind", "audience", "topic", "format", "accessibility", "language",
        "publisher"};

    /** Used only to write the same words into the index as the catalogue does. */
    private static final Vocabularies VOCABULARIES = VocabulariesJson.bundled();

    /** The same case- and accent-free title key the catalogue sorts by. */
    private static final java.util.function.UnaryOperator<String> TITLE_KEY = title -> java.text.Normalizer
            .normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);

    private final FacetsConfig config = new FacetsConfig();
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;

    RawLucene(List<Resource> resources) {
        for (String dimension : DIMENSIONS) {
            config.setMultiValued(dimension, true);
        }
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new KStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)));
                return new TokenStreamComponents(source, stream);
            }
        };
        FieldType offsets = new FieldType(TextField.TYPE_STORED);
        offsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        offsets.freeze();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
            int ordinal = 0;
            for (Resource r : resources) {
                Document doc = new Document();
                doc.add(new NumericDocValuesField("ord", ordinal++));
                doc.add(new StringField("id", r.id().toString(), Field.Store.NO));
                doc.add(new StringField("status", r.status().code(), Field.Store.NO));
                doc.add(new Field("title", r.title(), offsets));
                doc.add(new Field("summary", r.summary(), offsets));
                StringBuilder all = new StringBuilder(r.title()).append(". ").append(r.summary());
                r.topics().forEach(t -> all.append(". ").append(VOCABULARIES.label(t)));
                all.append(". ").append(VOCABULARIES.label(r.kind()));
                r.audiences().forEach(a -> all.append(". ").append(VOCABULARIES.label(a)));
                all.append(". ").append(r.publisher());
                doc.add(new TextField("all", all.toString(), Field.Store.NO));
                doc.add(new TextField("topics", String.join(". ",
                        r.topics().stream().map(VOCABULARIES::label).toList()), Field.Store.YES));
                doc.add(new SortedSetDocValuesFacetField("kind", r.kind().code()));
                r.audiences().forEach(a -> doc.add(new SortedSetDocValuesFacetField("audience", a.code())));
                r.topics().forEach(t -> doc.add(new SortedSetDocValuesFacetField("topic", t.code())));
                for (Format f : r.formats()) {
                    doc.add(new SortedSetDocValuesFacetField("format", f.mediaType()));
                    f.accessibilityFeatures().forEach(
                            a -> doc.add(new SortedSetDocValuesFacetField("accessibility", a.code())));
                }
                doc.add(new SortedSetDocValuesFacetField("language", r.language()));
                doc.add(new SortedSetDocValuesFacetField("publisher", String.valueOf(r.publisher())));
                doc.add(new SortedDocValuesField("title_sort", new BytesRef(TITLE_KEY.apply(r.title()))));
                writer.addDocument(config.build(doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
            this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text (every word required, title boosted) + kind + audience filters + all facet counts, top 20. */
    int search(String text, String kind, String audience) {
        try {
            BooleanQuery.Builder match = new BooleanQuery.Builder();
            BooleanQuery.Builder boost = new BooleanQuery.Builder();
            for (String word : text.split(" ")) {
                match.add(new TermQuery(new Term("all", word)), Occur.MUST);
                boost.add(new BoostQuery(new TermQuery(new Term("title", word)), 8f), Occur.SHOULD);
                boost.add(new TermQuery(new Term("summary", word)), Occur.SHOULD);
            }
            Query base = new BooleanQuery.Builder().add(match.build(), Occur.MUST).add(boost.build(), Occur.SHOULD)
                    .add(new TermQuery(new Term("status", "published")), Occur.FILTER).build();
            DrillDownQuery drillDown = new DrillDownQuery(config, base);
            drillDown.add("kind", kind);
            drillDown.add("audience", audience);
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortField("ord", SortField.Type.LONG));
            DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = new DrillSideways(searcher, config,
                    state).search(drillDown, new TopFieldCollectorManager(sort, 20, null, Integer.MAX_VALUE));
            Facets facets = result.facets;
            List<FacetResult> counts = new ArrayList<>();
            for (String dimension : DIMENSIONS) {
                counts.add(facets.getAllChildren(dimension));
            }
            return Math.toIntExact(result.collectorResult.totalHits.value) + counts.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
