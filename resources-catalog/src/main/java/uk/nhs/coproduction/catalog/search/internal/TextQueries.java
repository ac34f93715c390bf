package uk.nhs.coproduction.catalog.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Turns the user's literal text into Lucene queries. The text is only ever analysed (never
 * parsed), so colons, quotes and brackets are plain characters.
 *
 * <p>A text query is {@code match} (every word required in the catch-all field, common words
 * optional) plus {@code boost} (title and summary matches, the title weighted so title matches
 * rank first). {@code boost} is also what the highlighter marks.
 */
final class TextQueries {

    /** Weight of a title word match over a summary or other match. */
    static final float TITLE_BOOST = 8f;
    /** Words this long or shorter are never matched fuzzily. */
    static final int MAX_EXACT_ONLY_LENGTH = 2;

    /** The parts of a text query. */
    record TextQuery(Query match, Query boost) {
        Query scoring() {
            return new BooleanQuery.Builder().add(match, Occur.MUST).add(boost, Occur.SHOULD).build();
        }
    }

    private final Analyzers analyzers;
    private final QueryBuilder builder;

    TextQueries(Analyzers analyzers) {
        this.analyzers = analyzers;
        this.builder = new QueryBuilder(analyzers.query);
        this.builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** Exact and stemmed matching with synonyms; null if the text has no searchable words. */
    @Nullable TextQuery exact(String text) {
        Query match = builder.createBooleanQuery(IndexFields.ALL, text, Occur.MUST);
        if (match == null) {
            return null;
        }
        Query relaxed = relaxCommonWords(match);
        BooleanQuery.Builder boost = new BooleanQuery.Builder();
        addFlat(boost, withoutCommonWords(optional(retarget(relaxed, IndexFields.TITLE))), TITLE_BOOST);
        addFlat(boost, withoutCommonWords(optional(retarget(relaxed, IndexFields.SUMMARY))), 1f);
        return new TextQuery(relaxed, boost.build());
    }

    /**
     * Near-spelling matching: each word of 3 letters or more may be 1 edit away (2 edits for words
     * of 6 letters or more); shorter words must match exactly. Null if there are no words.
     */
    @Nullable TextQuery fuzzy(String text) {
        List<Word> words = words(text);
        if (words.isEmpty() || words.stream().allMatch(w -> w.length() <= MAX_EXACT_ONLY_LENGTH)) {
            return null;
        }
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        BooleanQuery.Builder title = new BooleanQuery.Builder();
        BooleanQuery.Builder summary = new BooleanQuery.Builder();
        for (Word word : words) {
            boolean common = analyzers.stopTerms.contains(word.term());
            match.add(wordQuery(IndexFields.ALL, word), common ? Occur.SHOULD : Occur.MUST);
            title.add(wordQuery(IndexFields.TITLE, word), Occur.SHOULD);
            summary.add(wordQuery(IndexFields.SUMMARY, word), Occur.SHOULD);
        }
        BooleanQuery.Builder boost = new BooleanQuery.Builder();
        boost.add(new BoostQuery(title.build(), TITLE_BOOST), Occur.SHOULD);
        boost.add(summary.build(), Occur.SHOULD);
        return new TextQuery(match.build(), boost.build());
    }

    private static Query wordQuery(String field, Word word) {
        if (word.length() <= MAX_EXACT_ONLY_LENGTH) {
            return new TermQuery(new Term(field, word.term()));
        }
        int edits = word.length() <= 5 ? 1 : 2;
        return new FuzzyQuery(new Term(field, word.term()), edits, 1);
    }

    /** A stemmed word with the length of the original word the user typed. */
    private record Word(String term, int length) {
    }

    private List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzers.index.tokenStream(IndexFields.ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new Word(term.toString(), offset.endOffset() - offset.startOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * The same query on another field, so the text is analysed once rather than once per field.
     * Handles what {@link QueryBuilder} makes: term, synonym, phrase and boolean queries.
     */
    private static Query retarget(Query query, String field) {
        if (query instanceof TermQuery term) {
            return new TermQuery(new Term(field, term.getTerm().bytes()));
        }
        if (query instanceof SynonymQuery synonyms) {
            SynonymQuery.Builder copy = new SynonymQuery.Builder(field);
            synonyms.getTerms().forEach(t -> copy.addTerm(new Term(field, t.bytes())));
            return copy.build();
        }
        if (query instanceof PhraseQuery phrase) {
            PhraseQuery.Builder copy = new PhraseQuery.Builder().setSlop(phrase.getSlop());
            Term[] terms = phrase.getTerms();
            int[] positions = phrase.getPositions();
            for (int i = 0; i < terms.length; i++) {
                copy.add(new Term(field, terms[i].bytes()), positions[i]);
            }
            return copy.build();
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder copy = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            bool.clauses().forEach(c -> copy.add(retarget(c.getQuery(), field), c.getOccur()));
            return copy.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(retarget(boost.getQuery(), field), boost.getBoost());
        }
        throw new IllegalStateException("unexpected query from analysis: " + query.getClass().getSimpleName());
    }

    /** A top-level boolean query with its required clauses made optional (for scoring only). */
    private static Query optional(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder copy = new BooleanQuery.Builder();
        bool.clauses().forEach(c -> copy.add(c.getQuery(), c.getOccur() == Occur.MUST ? Occur.SHOULD : c.getOccur()));
        return copy.build();
    }

    /** Drops optional clauses that are single common words, so "in" and "the" are neither scored nor marked. */
    private @Nullable Query withoutCommonWords(@Nullable Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder kept = new BooleanQuery.Builder();
        int count = 0;
        for (BooleanClause clause : bool.clauses()) {
            if (clause.getOccur() == Occur.SHOULD && clause.getQuery() instanceof TermQuery term
                    && analyzers.stopTerms.contains(term.getTerm().text())) {
                continue;
            }
            kept.add(clause);
            count++;
        }
        return count == 0 ? null : kept.build();
    }

    /** Makes required clauses that are single common words ("the", "of") optional. */
    private Query relaxCommonWords(@Nullable Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query == null ? new BooleanQuery.Builder().build() : query;
        }
        BooleanQuery.Builder relaxed = new BooleanQuery.Builder();
        int required = 0;
        List<BooleanClause> clauses = bool.clauses();
        for (BooleanClause clause : clauses) {
            boolean common = clause.getQuery() instanceof TermQuery term
                    && analyzers.stopTerms.contains(term.getTerm().text());
            if (clause.getOccur() == Occur.MUST && !common) {
                required++;
            }
        }
        for (BooleanClause clause : clauses) {
            boolean common = clause.getQuery() instanceof TermQuery term
                    && analyzers.stopTerms.contains(term.getTerm().text());
            Occur occur = clause.getOccur() == Occur.MUST && common && required > 0 ? Occur.SHOULD : clause.getOccur();
            relaxed.add(clause.getQuery(), occur);
        }
        relaxed.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        return relaxed.build();
    }

    /**
     * Adds the optional clauses of a boolean query one by one (or the query itself), so the
     * scoring query is one flat disjunction rather than nested ones.
     */
    private static void addFlat(BooleanQuery.Builder to, @Nullable Query query, float weight) {
        if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
            bool.clauses().forEach(c -> addIfPresent(to, c.getQuery(), weight));
        } else {
            addIfPresent(to, query, weight);
        }
    }

    private static void addIfPresent(BooleanQuery.Builder to, @Nullable Query query, float weight) {
        if (query != null) {
            to.add(weight == 1f ? query : new BoostQuery(query, weight), Occur.SHOULD);
        }
    }
}
