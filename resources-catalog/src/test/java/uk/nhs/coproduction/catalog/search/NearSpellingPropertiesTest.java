package uk.nhs.coproduction.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.coproduction.catalog.Catalog;
import uk.nhs.coproduction.catalog.resource.Resource;

/**
 * The near-spelling fallback over the bundled national catalogue: a one-letter slip in any word
 * of five letters or more still finds a resource with that word, and a query that matches exactly
 * gets exactly the same answer with the fallback on as with it off.
 */
class NearSpellingPropertiesTest {

    private static final Catalog NATIONAL = Catalog.national();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final List<Resource> VISIBLE = NATIONAL.search(Query.all().withPage(0, Query.MAX_LIMIT)).items()
            .stream().map(Hit::resource).toList();
    private static final List<String> WORDS = words(VISIBLE);

    private static List<String> words(List<Resource> resources) {
        Set<String> words = new LinkedHashSet<>();
        for (Resource resource : resources) {
            Matcher matcher = WORD.matcher(resource.title() + " " + resource.summary());
            while (matcher.find()) {
                words.add(matcher.group().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(words);
    }

    /** A slip of the keyboard: the word with two letters beside each other swapped, or one left out. */
    record Slip(String word, String typed) {
    }

    @Provide
    Arbitrary<Slip> slips() {
        List<String> longWords = WORDS.stream().filter(w -> w.length() >= 5).toList();
        return Arbitraries.of(longWords).flatMap(word -> Arbitraries.integers().between(0, word.length() - 1)
                .flatMap(at -> Arbitraries.of(true, false).map(swap -> {
                    if (swap && at < word.length() - 1 && word.charAt(at) != word.charAt(at + 1)) {
                        return new Slip(word, word.substring(0, at) + word.charAt(at + 1) + word.charAt(at)
                                + word.substring(at + 2));
                    }
                    return new Slip(word, word.substring(0, at) + word.substring(at + 1));
                })));
    }

    @Property(tries = 300)
    void aSlipInALongWordStillFindsAResourceWithThatWord(@ForAll("slips") Slip slip) {
        SearchResult result = NATIONAL.search(Query.text(slip.typed()).withPage(0, Query.MAX_LIMIT));
        // A slip that is itself a word of the catalogue ("form" for "from") is answered exactly.
        Assume.that(!(result.matching() == Matching.EXACT && result.total() > 0));
        assertThat(result.items())
                .as("%s typed as %s", slip.word(), slip.typed())
                .anySatisfy(hit -> assertThat(words(List.of(hit.resource()))).contains(slip.word()));
        assertThat(result.matching()).isEqualTo(Matching.FUZZY);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
        return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
    }

    @Property(tries = 300)
    void anExactAnswerIsTheSameWithOrWithoutTheFallback(@ForAll("queries") String text) {
        Query exactOnly = Query.text(text).withFuzzyFallback(false).withPage(0, Query.MAX_LIMIT);
        SearchResult exact = NATIONAL.search(exactOnly);
        Assume.that(exact.total() > 0);
        SearchResult withFallback = NATIONAL.search(exactOnly.withFuzzyFallback(true));
        assertThat(withFallback.matching()).isEqualTo(Matching.EXACT);
        assertThat(ids(withFallback)).isEqualTo(ids(exact));
        assertThat(withFallback.total()).isEqualTo(exact.total());
    }

    @Property(tries = 200)
    void theFallbackOnlyAddsToAnEmptyAnswer(@ForAll("queries") String text) {
        Query query = Query.text(text).withPage(0, Query.MAX_LIMIT);
        SearchResult result = NATIONAL.search(query);
        SearchResult exact = NATIONAL.search(query.withFuzzyFallback(false));
        if (result.matching() == Matching.FUZZY) {
            assertThat(exact.total()).isZero();
            assertThat(result.total()).isPositive();
        } else {
            assertThat(ids(result)).isEqualTo(ids(exact));
        }
    }

    private static List<String> ids(SearchResult result) {
        List<String> ids = new ArrayList<>();
        result.items().forEach(hit -> ids.add(hit.resource().id().toString()));
        return ids;
    }
}
