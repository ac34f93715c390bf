package uk.nhs.coproduction.catalog.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The analysers. Index: standard tokens, possessives dropped, lower case, accents folded, Porter
 * stems. Query: the same with the vocabulary's synonyms inserted before stemming, so synonyms
 * are written unstemmed in the data and stemmed like everything else. No stop words are removed
 * (they would break multi-word synonyms); instead queries make common words optional.
 */
final class Analyzers {

    /** Gap between values of a multi-valued field, so phrases never span two values. */
    private static final int VALUE_GAP = 100;

    final Analyzer index;
    final Analyzer query;
    /** Stemmed forms of common English words, optional in queries and ignored by MoreLikeThis. */
    final Set<String> stopTerms;

    Analyzers(List<List<String>> synonymGroups) {
        this.index = new Chain(null, true);
        SynonymMap synonyms = synonymMap(synonymGroups);
        this.query = synonyms == null ? index : new Chain(synonyms, true);
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

    private static @Nullable SynonymMap synonymMap(List<List<String>> groups) {
        if (groups.isEmpty()) {
            return null;
        }
        Analyzer unstemmed = new Chain(null, false);
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (List<String> group : groups) {
            List<CharsRef> phrases = new ArrayList<>();
            for (String phrase : group) {
                List<String> words = terms(unstemmed, phrase);
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

    /** Standard tokens, possessives, lower case, folding, then synonyms (optional) and stemming (optional). */
    private static final class Chain extends Analyzer {
        private final @Nullable SynonymMap synonyms;
        private final boolean stem;

        Chain(@Nullable SynonymMap synonyms, boolean stem) {
            this.synonyms = synonyms;
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            if (stem) {
                stream = new PorterStemFilter(stream);
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
