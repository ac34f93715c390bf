package uk.nhs.coproduction.catalog.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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
 * rank first). {@code boost} is also what the highlighter marks. When the exact query finds
 * nothing, {@link #nearSpellings} respells the words that match nothing on their own.
 */
final class TextQueries {

    /** Weight of a title word match over a summary or other match. */
    static final float TITLE_BOOST = 8f;
    /** Words this long or shorter are never matched fuzzily. */
    static final int MAX_EXACT_ONLY_LENGTH = 2;
    /** Where the user's text is taken apart into the words they typed. */
    private static final Pattern SPACES = Pattern.compile("[\\s:]+");
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011]");

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
     * The fallback for text whose exact query found nothing: near spellings, word by word.
     *
     * <p>The text is taken apart at spaces into the words the user typed ("co-production" is one
     * word here, though the analyser splits it). A word that matches something on its own
     * ({@code matchesSomething}, with its stems and synonyms) stays exact, so a correct word beside a
     * typo ("events" in "alwys events") is never respelled. A word that matches nothing is looked
     * for by its near spellings instead: each of its parts in the catch-all field, or the whole word
     * with its hyphens taken out in {@link IndexFields#JOINED}, where "co-production" is the unsplit
     * "coproduction", so "coproductoin" finds it, and where words are not stemmed, so "alwys" finds
     * "always" though it stems to "alwy". In the stemmed fields a near spelling of a part is near
     * its stem or the form the user typed (lower case, accents folded). How near depends on the
     * length the user typed: parts of {@value #MAX_EXACT_ONLY_LENGTH} letters or fewer must match
     * exactly, up to 5 letters may be 1 edit away, longer ones 2; an edit is a letter added, taken
     * out, changed, or two letters beside each other swapped (so no prefix must match). Lucene
     * scores a closer spelling higher, so the nearest spellings rank first. Common words stay
     * optional, as in the exact query.
     *
     * @param text the user's text
     * @param matchesSomething whether a query matches any resource the search may show
     * @return the fallback query, or null when there is nothing to respell: no words, or every word
     *     matches something on its own (so the words just do not occur together)
     */
    @Nullable TextQuery nearSpellings(String text, Predicate<Query> matchesSomething) {
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        BooleanQuery.Builder boost = new BooleanQuery.Builder();
        boolean respelled = false;
        for (String typed : SPACES.split(text)) {
            List<Word> parts = words(IndexFields.ALL, typed);
            Query exact = parts.isEmpty() ? null : builder.createBooleanQuery(IndexFields.ALL, typed, Occur.MUST);
            if (exact == null) {
                continue;
            }
            if (parts.stream().allMatch(w -> analyzers.stopTerms.contains(w.term()))) {
                match.add(exact, Occur.SHOULD);
                continue;
            }
            if (matchesSomething.test(exact)) {
                match.add(exact, Occur.MUST);
                addFlat(boost, optional(retarget(exact, IndexFields.TITLE)), TITLE_BOOST);
                addFlat(boost, optional(retarget(exact, IndexFields.SUMMARY)), 1f);
                continue;
            }
            respelled = true;
            BooleanQuery.Builder either = new BooleanQuery.Builder()
                    .add(allOf(IndexFields.ALL, parts), Occur.SHOULD);
            List<Word> joined = words(IndexFields.JOINED, typed);
            if (!joined.isEmpty()) {
                either.add(allOf(IndexFields.JOINED, joined), Occur.SHOULD);
            }
            match.add(either.build(), Occur.MUST);
            boost.add(new BoostQuery(anyOf(IndexFields.TITLE, parts), TITLE_BOOST), Occur.SHOULD);
            boost.add(anyOf(IndexFields.SUMMARY, parts), Occur.SHOULD);
        }
        return respelled ? new TextQuery(match.build(), boost.build()) : null;
    }

    /** Every part near-spelled in {@code field} (common words optional). */
    private Query allOf(String field, List<Word> parts) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Word part : parts) {
            all.add(near(field, part), analyzers.stopTerms.contains(part.term()) ? Occur.SHOULD : Occur.MUST);
        }
        return all.build();
    }

    /** Any part near-spelled in {@code field}: for scoring and highlighting. */
    private static Query anyOf(String field, List<Word> parts) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        parts.forEach(part -> any.add(near(field, part), Occur.SHOULD));
        return any.build();
    }

    /** The near spellings of one part: its stem or the typed form, within the edits its length allows. */
    private static Query near(String field, Word word) {
        int length = word.typed().codePointCount(0, word.typed().length());
        if (length <= MAX_EXACT_ONLY_LENGTH) {
            return new TermQuery(new Term(field, word.term()));
        }
        int edits = length <= 5 ? 1 : 2;
        Query stem = new FuzzyQuery(new Term(field, word.term()), edits, 0);
        if (word.typed().equals(word.term())) {
            return stem;
        }
        return new BooleanQuery.Builder()
                .add(stem, Occur.SHOULD)
                .add(new FuzzyQuery(new Term(field, word.typed()), edits, 0), Occur.SHOULD)
                .build();
    }

    /**
     * A word of the analysed text: its stem, and the form the user typed in lower case with accents
     * folded and hyphens taken out.
     */
    private record Word(String term, String typed) {
    }

    private List<Word> words(String field, String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzers.index.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String typed = text.substring(offset.startOffset(), offset.endOffset());
                String folded = analyzers.index.normalize(field, typed).utf8ToString();
                words.add(new Word(term.toString(), HYPHENS.matcher(folded).replaceAll("")));
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
