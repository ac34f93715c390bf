package uk.nhs.coproduction.catalog.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.resource.PartialDate;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.Status;
import uk.nhs.coproduction.catalog.resource.Topic;
import uk.nhs.coproduction.catalog.resource.Vocabularies;
import uk.nhs.coproduction.catalog.search.Facet;
import uk.nhs.coproduction.catalog.search.FacetCount;
import uk.nhs.coproduction.catalog.search.Matching;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.Snippet;
import uk.nhs.coproduction.catalog.search.Sort;

/**
 * An in-memory Lucene index of one immutable list of resources. Built once; after that every
 * method is safe to call from many threads at once (Lucene's searcher and reader are).
 */
public final class SearchIndex {

    private static final Comparator<FacetCount> BY_COUNT_THEN_LABEL = Comparator.comparingInt(FacetCount::count)
            .reversed().thenComparing(FacetCount::label, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(FacetCount::value);

    /** A status term every published or deprecated resource also has, so the default filter is one term. */
    private static final String CURRENT = "current";
    private static final org.apache.lucene.search.Query CURRENT_ONLY =
            new TermQuery(new org.apache.lucene.index.Term(IndexFields.STATUS, CURRENT));

    /** One page of an answer, by position in the indexed list. */
    public record Page(int total, List<PageHit> hits, Map<Facet, List<FacetCount>> facets, Matching matching) {
    }

    /** One hit on a page; its snippets are made on first use. */
    public record PageHit(int ordinal, float score, Supplier<Snippet> title, Supplier<Snippet> summary) {
    }

    private final List<Resource> resources;
    private final Vocabularies vocabularies;
    private final FacetValues facetValues;
    private final Analyzers analyzers;
    private final TextQueries textQueries;
    private final FacetsConfig config;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final @Nullable SortedSetDocValuesReaderState facetState;

    private SearchIndex(List<Resource> resources, Vocabularies vocabularies) throws IOException {
        this.resources = List.copyOf(resources);
        this.vocabularies = vocabularies;
        this.facetValues = new FacetValues(vocabularies);
        this.analyzers = new Analyzers(vocabularies.synonyms());
        this.textQueries = new TextQueries(analyzers);
        this.config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.code(), true);
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig writerConfig = new IndexWriterConfig(analyzers.index)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256)
                .setCommitOnClose(true);
        int[] titleRanks = titleRanks(this.resources);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            for (int i = 0; i < this.resources.size(); i++) {
                writer.addDocument(config.build(document(i, this.resources.get(i), titleRanks)));
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.facetState = this.resources.isEmpty() ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
    }

    /** Indexes the resources, in order. */
    public static SearchIndex build(List<Resource> resources, Vocabularies vocabularies) {
        try {
            return new SearchIndex(resources, vocabularies);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory catalogue index failed", e);
        }
    }

    /**
     * Each resource's place in title order (ignoring case and accents, then by id), so sorting by
     * title is a cheap numeric sort rather than a comparison of text per hit.
     */
    private static int[] titleRanks(List<Resource> resources) {
        String[] keys = new String[resources.size()];
        Integer[] order = new Integer[resources.size()];
        for (int i = 0; i < order.length; i++) {
            keys[i] = TitleOrder.key(resources.get(i).title());
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer, String>comparing(i -> keys[i])
                .thenComparing(i -> resources.get(i).id()));
        int[] ranks = new int[order.length];
        for (int rank = 0; rank < order.length; rank++) {
            ranks[order[rank]] = rank;
        }
        return ranks;
    }

    private Document document(int ordinal, Resource r, int[] titleRanks) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(IndexFields.ORD, ordinal));
        doc.add(new StringField(IndexFields.ID, r.id().toString(), Field.Store.NO));
        doc.add(new StringField(IndexFields.STATUS, r.status().code(), Field.Store.NO));
        if (r.status() == Status.PUBLISHED || r.status() == Status.DEPRECATED) {
            doc.add(new StringField(IndexFields.STATUS, CURRENT, Field.Store.NO));
        }
        doc.add(new TextField(IndexFields.TITLE, r.title(), Field.Store.YES));
        doc.add(new TextField(IndexFields.SUMMARY, r.summary(), Field.Store.YES));
        List<String> topicLabels = r.topics().stream().map(vocabularies::label).toList();
        doc.add(new TextField(IndexFields.TOPICS, String.join(". ", topicLabels), Field.Store.YES));
        String all = allText(r, topicLabels);
        doc.add(new TextField(IndexFields.ALL, all, Field.Store.NO));
        doc.add(new TextField(IndexFields.JOINED, all, Field.Store.NO));
        facetValues.of(r).forEach((facet, values) -> values.forEach(
                value -> doc.add(new SortedSetDocValuesFacetField(facet.code(), value))));
        doc.add(new NumericDocValuesField(IndexFields.TITLE_SORT, titleRanks[ordinal]));
        PartialDate date = r.latestDate();
        if (date != null) {
            doc.add(new NumericDocValuesField(IndexFields.DATE_SORT, date.start().toEpochDay()));
        }
        return doc;
    }

    /**
     * Everything a word may match in: title, summary, topic labels and their synonyms, kind and
     * audience labels, publisher and creators, as one text (sentences apart, so no phrase runs
     * from one part into the next).
     */
    private String allText(Resource r, List<String> topicLabels) {
        StringBuilder all = new StringBuilder(256).append(r.title()).append(". ").append(r.summary());
        topicLabels.forEach(label -> all.append(". ").append(label));
        for (Topic topic : r.topics()) {
            vocabularies.topic(topic).ifPresent(term -> term.synonyms().forEach(s -> all.append(". ").append(s)));
        }
        all.append(". ").append(vocabularies.label(r.kind()));
        r.audiences().forEach(a -> all.append(". ").append(vocabularies.label(a)));
        if (r.publisher() != null) {
            all.append(". ").append(r.publisher());
        }
        r.creators().forEach(c -> all.append(". ").append(c));
        return all.toString();
    }

    /** Answers a query. */
    public Page search(Query query) {
        if (resources.isEmpty()) {
            return new Page(0, List.of(), emptyFacets(query), query.hasText() ? Matching.EXACT : Matching.ALL);
        }
        try {
            org.apache.lucene.search.Query visible = visibility(query);
            TextQueries.TextQuery text = query.hasText() ? textQueries.exact(query.text()) : null;
            Matching matching = text == null ? Matching.ALL : Matching.EXACT;
            Answer answer = run(query, text, visible);
            if (answer.total() == 0 && text != null && query.fuzzyFallback()) {
                TextQueries.TextQuery fuzzy = textQueries.nearSpellings(query.text(), q -> matchesAny(q, visible));
                if (fuzzy != null) {
                    Answer fuzzyAnswer = run(query, fuzzy, visible);
                    if (fuzzyAnswer.total() > 0) {
                        answer = fuzzyAnswer;
                        text = fuzzy;
                        matching = Matching.FUZZY;
                    }
                }
            }
            return new Page(answer.total(), hits(answer.docs(), query, text), facets(answer.facets(), query),
                    matching);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory catalogue index failed", e);
        }
    }

    /** Whether any resource the query may show (whatever its filters) matches {@code text}. */
    private boolean matchesAny(org.apache.lucene.search.Query text, org.apache.lucene.search.Query visible) {
        try {
            return searcher.count(new BooleanQuery.Builder().add(text, Occur.MUST).add(visible, Occur.FILTER).build())
                    > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory catalogue index failed", e);
        }
    }

    private record Answer(int total, ScoreDoc[] docs, Facets facets) {
    }

    private Answer run(Query query, TextQueries.@Nullable TextQuery text, org.apache.lucene.search.Query visible)
            throws IOException {
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        if (text == null) {
            base.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            base.add(text.match(), Occur.MUST);
            base.add(text.boost(), Occur.SHOULD);
        }
        base.add(visible, Occur.FILTER);
        DrillDownQuery drillDown = new DrillDownQuery(config, base.build());
        query.filters().forEach((facet, values) -> values.forEach(v -> drillDown.add(facet.code(), v)));
        DrillSideways sideways = new DrillSideways(searcher, config, facetState);
        int wanted = Math.min(query.offset() + query.limit(), Math.max(1, resources.size()));
        TopFieldCollectorManager collector = new TopFieldCollectorManager(luceneSort(query.sort()), wanted, null,
                Integer.MAX_VALUE);
        DrillSideways.ConcurrentDrillSidewaysResult<org.apache.lucene.search.TopFieldDocs> result =
                sideways.search(drillDown, collector);
        TopDocs top = result.collectorResult;
        return new Answer(Math.toIntExact(top.totalHits.value), top.scoreDocs, result.facets);
    }

    private static org.apache.lucene.search.Sort luceneSort(Sort sort) {
        SortField title = new SortField(IndexFields.TITLE_SORT, SortField.Type.LONG);
        SortField ordinal = new SortField(IndexFields.ORD, SortField.Type.LONG);
        return switch (sort) {
            case RELEVANCE -> new org.apache.lucene.search.Sort(SortField.FIELD_SCORE, ordinal);
            case TITLE -> new org.apache.lucene.search.Sort(title);
            case NEWEST -> {
                SortField date = new SortField(IndexFields.DATE_SORT, SortField.Type.LONG, true);
                date.setMissingValue(Long.MIN_VALUE);
                yield new org.apache.lucene.search.Sort(date, title, ordinal);
            }
        };
    }

    private static org.apache.lucene.search.Query visibility(Query query) {
        if (!query.includeWithdrawn() && !query.includeDrafts()) {
            return CURRENT_ONLY;
        }
        List<BytesRef> allowed = new ArrayList<>();
        allowed.add(new BytesRef(Status.PUBLISHED.code()));
        allowed.add(new BytesRef(Status.DEPRECATED.code()));
        if (query.includeWithdrawn()) {
            allowed.add(new BytesRef(Status.WITHDRAWN.code()));
        }
        if (query.includeDrafts()) {
            allowed.add(new BytesRef(Status.DRAFT.code()));
        }
        return new TermInSetQuery(IndexFields.STATUS, allowed);
    }

    private List<PageHit> hits(ScoreDoc[] docs, Query query, TextQueries.@Nullable TextQuery text)
            throws IOException {
        int from = Math.min(query.offset(), docs.length);
        int to = Math.min(docs.length, query.offset() + query.limit());
        int[] docIds = new int[to - from];
        for (int i = from; i < to; i++) {
            docIds[i - from] = docs[i].doc;
        }
        Highlights titleMarks = text == null ? null : new Highlights(IndexFields.TITLE, text.boost());
        Highlights summaryMarks = text == null ? null : new Highlights(IndexFields.SUMMARY, text.boost());
        List<PageHit> hits = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            int ordinal = ordinal(docIds[i]);
            Resource resource = resources.get(ordinal);
            float score = docs[from + i] instanceof org.apache.lucene.search.FieldDoc fd && text != null
                    && fd.fields.length > 0 && fd.fields[0] instanceof Float f ? f : 0f;
            hits.add(new PageHit(ordinal, score, snippet(titleMarks, resource.title()),
                    snippet(summaryMarks, resource.summary())));
        }
        return hits;
    }

    private Supplier<Snippet> snippet(@Nullable Highlights marks, String text) {
        return marks == null ? () -> Snippet.plain(text) : () -> marks.mark(analyzers.index, text);
    }

    private int ordinal(int docId) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        NumericDocValues ordinals = leaf.reader().getNumericDocValues(IndexFields.ORD);
        if (ordinals == null || !ordinals.advanceExact(docId - leaf.docBase)) {
            throw new IllegalStateException("index document " + docId + " has no ordinal");
        }
        return (int) ordinals.longValue();
    }

    private Map<Facet, List<FacetCount>> facets(Facets facets, Query query) throws IOException {
        Map<Facet, List<FacetCount>> all = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> selected = query.filter(facet);
            List<FacetCount> counts = new ArrayList<>();
            FacetResult result;
            try {
                result = facets.getAllChildren(facet.code());
            } catch (IllegalArgumentException notIndexed) {
                result = null;
            }
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    counts.add(new FacetCount(lv.label, facetValues.label(facet, lv.label), lv.value.intValue(),
                            selected.contains(lv.label)));
                }
            }
            for (String value : selected) {
                if (counts.stream().noneMatch(c -> c.value().equals(value))) {
                    counts.add(new FacetCount(value, facetValues.label(facet, value), 0, true));
                }
            }
            counts.sort(BY_COUNT_THEN_LABEL);
            all.put(facet, counts);
        }
        return all;
    }

    private Map<Facet, List<FacetCount>> emptyFacets(Query query) {
        Map<Facet, List<FacetCount>> all = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            all.put(facet, query.filter(facet).stream()
                    .map(v -> new FacetCount(v, facetValues.label(facet, v), 0, true)).toList());
        }
        return all;
    }

    /**
     * Up to {@code n} resources most like the one at {@code ordinal} by title, summary and topics,
     * published or deprecated only, best first, as ordinals.
     */
    public List<Integer> related(int ordinal, int n) {
        if (n <= 0) {
            return List.of();
        }
        try {
            Resource resource = resources.get(ordinal);
            TopDocs self = searcher.search(new TermQuery(new org.apache.lucene.index.Term(IndexFields.ID,
                    resource.id().toString())), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzers.index);
            mlt.setFieldNames(new String[] {IndexFields.TITLE, IndexFields.SUMMARY, IndexFields.TOPICS});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(3);
            mlt.setStopWords(analyzers.stopTerms);
            org.apache.lucene.search.Query like = mlt.like(self.scoreDocs[0].doc);
            org.apache.lucene.search.Query related = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(new org.apache.lucene.index.Term(IndexFields.ID, resource.id().toString())),
                            Occur.MUST_NOT)
                    .add(visibility(Query.all()), Occur.FILTER)
                    .build();
            List<Integer> ordinals = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(related, n).scoreDocs) {
                ordinals.add(ordinal(doc.doc));
            }
            return ordinals;
        } catch (IOException e) {
            throw new UncheckedIOException("finding related resources failed", e);
        }
    }

}
