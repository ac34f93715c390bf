package uk.nhs.coproduction.catalog.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The analysers. Index: colons made spaces (so {@code title:guide} is two words, as a reader sees
 * it), standard tokens, possessives dropped, lower case, accents folded, KStem stems. KStem is
 * used rather than Porter because Porter over-matches ("internal" and "international" share the
 * stem "intern"). Query: the same, then the vocabulary's synonyms, which are stemmed the same way when
 * loaded, so "caregivers" meets the synonym "caregiver". No stop words are removed
 * (they would break multi-word synonyms); instead queries make common words optional. The field
 * {@link IndexFields#JOINED} keeps the words as written: its hyphens are taken out first, so it
 * holds "co-production" as the unsplit word "coproduction", and its words are not stemmed, so a
 * near spelling is measured against the word people read ("women", not its stem "woman").
 */
final class Analyzers {

    private static final NormalizeCharMap COLONS = colons();

    /** For {@link IndexFields#JOINED}: colons made spaces, hyphens taken out. */
    private static final NormalizeCharMap COLONS_AND_HYPHENS = colonsAndHyphens();

    private static NormalizeCharMap colons() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add(":", " ");
        return builder.build();
    }

    private static NormalizeCharMap colonsAndHyphens() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add(":", " ");
        for (String hyphen : List.of("-", "\u2010", "\u2011")) {
            builder.add(hyphen, "");
        }
        return builder.build();
    }

    /** Gap between values of a multi-valued field, so phrases never span two values. */
    private static final int VALUE_GAP = 100;

    final Analyzer index;
    final Analyzer query;
    /** Stemmed forms of common English words, optional in queries and ignored by MoreLikeThis. */
    final Set<String> stopTerms;

    Analyzers(List<List<String>> synonymGroups) {
        this.index = new Chain(null);
        SynonymMap synonyms = synonymMap(index, synonymGroups);
        this.query = synonyms == null ? index : new Chain(synonyms);
        Set<String> stops = new HashSet<>();
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            stops.addAll(terms(index, new String((char[]) word)));
        }
        this.stopTerms = Set.copyOf(stops);
    }

    /** The terms an analyser makes of a text. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("all", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static @Nullable SynonymMap synonymMap(Analyzer plain, List<List<String>> groups) {
        if (groups.isEmpty()) {
            return null;
        }
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (List<String> group : groups) {
            List<CharsRef> phrases = new ArrayList<>();
            for (String phrase : group) {
                List<String> words = terms(plain, phrase);
                if (words.isEmpty()) {
                    throw new IllegalArgumentException("synonym '" + phrase + "' has no searchable words");
                }
                phrases.add(SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder()));
            }
            for (CharsRef from : phrases) {
                for (CharsRef to : phrases) {
                    if (!from.equals(to)) {
                        builder.add(from, to, true);
                    }
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard tokens, possessives, lower case, folding, stems, then synonyms (optional). */
    private static final class Chain extends Analyzer {
        private final @Nullable SynonymMap synonyms;

        Chain(@Nullable SynonymMap synonyms) {
            // Per field: the joined field's chain differs from the others (no stemming).
            super(PER_FIELD_REUSE_STRATEGY);
            this.synonyms = synonyms;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(IndexFields.JOINED.equals(fieldName) ? COLONS_AND_HYPHENS : COLONS, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (!IndexFields.JOINED.equals(fieldName)) {
                stream = new KStemFilter(stream);
            }
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return VALUE_GAP;
        }
    }
}
