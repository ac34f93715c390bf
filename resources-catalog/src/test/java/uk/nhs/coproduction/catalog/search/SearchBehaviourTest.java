package uk.nhs.coproduction.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.coproduction.catalog.Fixtures.resource;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.coproduction.catalog.Fixtures;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.PartialDate;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Status;
import uk.nhs.coproduction.catalog.resource.Topic;

class SearchBehaviourTest {

    private static List<String> ids(SearchResult result) {
        return result.items().stream().map(h -> h.resource().id().local()).toList();
    }

    @Nested
    class Stemming {
        private final CatalogSnapshot snapshot = Fixtures.snapshot(
                resource("homes", "Care homes and co-production", "Working with residents of care homes.").build(),
                resource("other", "Board assurance", "What leaders ask about improvement.").build());


        @Test
        void singularFindsPlural() {
            assertThat(ids(snapshot.search(Query.text("home")))).containsExactly("homes");
        }

        @Test
        void inflectedFormsMatchTheSameStem() {
            assertThat(ids(snapshot.search(Query.text("working resident")))).containsExactly("homes");
            assertThat(snapshot.search(Query.text("asking leader")).matching()).isEqualTo(Matching.EXACT);
            assertThat(ids(snapshot.search(Query.text("asking leader")))).containsExactly("other");
        }

        @Test
        void everyWordMustMatch() {
            assertThat(ids(snapshot.search(Query.text("care leaders")))).isEmpty();
        }

        @Test
        void commonWordsAreOptional() {
            assertThat(ids(snapshot.search(Query.text("the board of the assurance")))).containsExactly("other");
        }

        @Test
        void caseAndAccentsAreIgnored() {
            assertThat(ids(snapshot.search(Query.text("CARE HÔMES")))).containsExactly("homes");
        }
    }

    @Nested
    class Synonyms {
        private final CatalogSnapshot snapshot = Fixtures.snapshot(
                resource("qi", "Quality improvement basics", "Methods for teams.").build(),
                resource("acronym", "Getting started with QI", "A first look.").build(),
                resource("carers", "Support for carers", "What unpaid carers told us.").build(),
                resource("pdsa", "Testing changes with plan do study act", "Small tests.").build(),
                resource("cycles", "PDSA worksheets", "Templates.").build());

        @Test
        void qiFindsQualityImprovementAndBack() {
            assertThat(ids(snapshot.search(Query.text("QI")))).containsExactlyInAnyOrder("qi", "acronym");
            assertThat(ids(snapshot.search(Query.text("quality improvement")))).containsExactlyInAnyOrder("qi",
                    "acronym");
        }

        @Test
        void caregiverFindsCarers() {
            assertThat(ids(snapshot.search(Query.text("caregivers")))).containsExactly("carers");
        }

        @Test
        void pdsaFindsPlanDoStudyActAndBack() {
            assertThat(ids(snapshot.search(Query.text("pdsa")))).containsExactlyInAnyOrder("pdsa", "cycles");
            assertThat(ids(snapshot.search(Query.text("plan do study act")))).containsExactlyInAnyOrder("pdsa",
                    "cycles");
        }

        @Test
        void synonymsComeFromTheVocabularyData() {
            assertThat(snapshot.vocabularies().synonyms()).contains(List.of("qi", "quality improvement"));
        }
    }

    @Nested
    class LiteralText {
        private final CatalogSnapshot snapshot = Fixtures.snapshot(
                resource("colon", "Always Events: a guide", "Co-design with patients.").build(),
                resource("other", "Board assurance", "Questions leaders ask.").build());

        @ParameterizedTest
        @ValueSource(strings = {"Always Events: a guide", "always:events", "\"always events", "events AND NOT",
            "events)(", "events~", "[events]", "+always -events", "events^", "/events/", "\\events", "events:"})
        void syntaxCharactersAreJustText(String text) {
            SearchResult result = snapshot.search(Query.text(text));
            assertThat(ids(result)).as(text).contains("colon").doesNotContain("other");
        }

        @Test
        void aFieldLikePrefixIsNotAFieldQuery() {
            assertThat(ids(snapshot.search(Query.text("summary:board")))).isEmpty();
            assertThat(ids(snapshot.search(Query.text("board:assurance")))).containsExactly("other");
        }

        @Test
        void textWithNoWordsMatchesEverything() {
            SearchResult result = snapshot.search(Query.text(": \" ( )"));
            assertThat(result.total()).isEqualTo(2);
            assertThat(result.matching()).isEqualTo(Matching.ALL);
        }
    }

    @Nested
    class FuzzyFallback {
        private final CatalogSnapshot snapshot = Fixtures.snapshot(
                resource("partnership", "Working in partnership", "Principles for involving communities.").build(),
                resource("internal", "Internal audit", "Checks.").build(),
                resource("international", "International examples", "From other countries.").build(),
                resource("qi", "QI coaching", "Support.").build());

        @Test
        void aTypoFindsTheWordWhenNothingMatchesExactly() {
            SearchResult result = snapshot.search(Query.text("partnrship"));
            assertThat(ids(result)).containsExactly("partnership");
            assertThat(result.matching()).isEqualTo(Matching.FUZZY);
        }

        @Test
        void anExactMatchMeansNoFuzzyMatches() {
            SearchResult result = snapshot.search(Query.text("internal"));
            assertThat(ids(result)).containsExactly("internal");
            assertThat(result.matching()).isEqualTo(Matching.EXACT);
        }

        @Test
        void wordsOfTwoLettersOrFewerAreNeverFuzzy() {
            assertThat(ids(snapshot.search(Query.text("qj")))).isEmpty();
            assertThat(ids(snapshot.search(Query.text("q")))).isEmpty();
        }

        @Test
        void fuzzyCanBeTurnedOff() {
            assertThat(ids(snapshot.search(Query.text("partnrship").withFuzzyFallback(false)))).isEmpty();
        }

        @Test
        void aCorrectWordBesideATypoStaysExact() {
            CatalogSnapshot snapshot = Fixtures.snapshot(
                    resource("toolkit", "Always Events toolkit", "How to start.").build(),
                    resource("calendar", "Events calendar", "What is on.").build(),
                    resource("on-call", "Always on call", "Rotas.").build());
            SearchResult result = snapshot.search(Query.text("alwys events"));
            assertThat(ids(result)).containsExactly("toolkit");
            assertThat(result.matching()).isEqualTo(Matching.FUZZY);
            assertThat(result.items().get(0).title().highlights()).containsExactly("Always", "Events");
        }

        @Test
        void aTransposedTypoOfAWordTheIndexSplitsFindsIt() {
            CatalogSnapshot snapshot = compounds();
            SearchResult result = snapshot.search(Query.text("coproductoin"));
            assertThat(ids(result)).containsExactlyInAnyOrder("hyphenated", "unsplit");
            assertThat(result.matching()).isEqualTo(Matching.FUZZY);
        }

        @Test
        void aTypoInAHyphenatedWordFindsBothSpellings() {
            SearchResult result = compounds().search(Query.text("co-prodution"));
            assertThat(ids(result)).containsExactlyInAnyOrder("hyphenated", "unsplit");
            assertThat(result.matching()).isEqualTo(Matching.FUZZY);
        }

        private CatalogSnapshot compounds() {
            // Not the fixtures' default topic, co-production, so only the title and summary hold the word.
            Set<Topic> pdsa = Set.of(Topic.of("pdsa"));
            return Fixtures.snapshot(
                    resource("hyphenated", "Co-production films", "Made with patients.").topics(pdsa).build(),
                    resource("unsplit", "Coproduction guide", "For teams.").topics(pdsa).build(),
                    resource("other", "Board assurance", "Production of papers.").topics(pdsa).build());
        }

        @Test
        void wordsThatMatchOnTheirOwnAreNotRespelled() {
            // "care" and "shop" each match a resource, just not the same one: respelling "care" as
            // "cake" would be a guess, so the answer is empty.
            CatalogSnapshot snapshot = Fixtures.snapshot(
                    resource("homes", "Care homes", "Residents.").build(),
                    resource("cake", "Cake shop", "Baking.").build());
            SearchResult result = snapshot.search(Query.text("care shop"));
            assertThat(ids(result)).isEmpty();
            assertThat(result.matching()).isEqualTo(Matching.EXACT);
        }

        @Test
        void nearerSpellingsRankFirst() {
            CatalogSnapshot snapshot = Fixtures.snapshot(
                    resource("poaching", "Poaching", "Eggs.").build(),
                    resource("coaching", "Coaching", "Support.").build());
            assertThat(ids(snapshot.search(Query.text("coacing")))).containsExactly("coaching", "poaching");
        }

        @Test
        void aSwapOfTheFirstTwoLettersIsOneEdit() {
            assertThat(ids(snapshot.search(Query.text("aprtnership")))).containsExactly("partnership");
        }

        @Test
        void fuzzyMatchesAreHighlighted() {
            Hit hit = snapshot.search(Query.text("partnrship")).items().get(0);
            assertThat(hit.title().highlights()).containsExactly("partnership");
        }
    }

    @Nested
    class Ranking {
        @Test
        void titleMatchesRankFirst() {
            CatalogSnapshot snapshot = Fixtures.snapshot(
                    resource("summary-only", "Board papers",
                            "Postcards, postcards and more postcards for every postcard stand.").build(),
                    resource("in-title", "Postcards", "Printable cards.").build());
            assertThat(ids(snapshot.search(Query.text("postcards")))).containsExactly("in-title", "summary-only");
        }

        @Test
        void highlightsMarkTheMatchingWordsInTitleAndSummary() {
            CatalogSnapshot snapshot = Fixtures.snapshot(
                    resource("a", "Co-production films", "Films made with patients and carers.").build());
            Hit hit = snapshot.search(Query.text("film")).items().get(0);
            assertThat(hit.title().toString()).isEqualTo("Co-production [films]");
            assertThat(hit.summary().toString()).isEqualTo("[Films] made with patients and carers.");
            assertThat(hit.summary().plainText()).isEqualTo("Films made with patients and carers.");
        }

        @Test
        void withoutTextThereAreNoHighlights() {
            CatalogSnapshot snapshot = Fixtures.snapshot(resource("a", "Films", "Films.").build());
            assertThat(snapshot.search(Query.all()).items().get(0).title().hasHighlights()).isFalse();
        }
    }

    @Nested
    class SortingAndPaging {
        private final CatalogSnapshot snapshot = Fixtures.snapshot(
                resource("b", "beta guide", "x.").issued(PartialDate.parse("2019")).build(),
                resource("a", "Álpha guide", "x.").issued(PartialDate.parse("2021-05")).build(),
                resource("c", "Charlie guide", "x.").build(),
                resource("d", "alpha Guide 2", "x.").issued(PartialDate.parse("2021-06-01")).build());

        @Test
        void titleSortIgnoresCaseAndAccents() {
            assertThat(ids(snapshot.search(Query.all().withSort(Sort.TITLE)))).containsExactly("a", "d", "b", "c");
        }

        @Test
        void newestFirstWithUndatedLast() {
            assertThat(ids(snapshot.search(Query.all().withSort(Sort.NEWEST)))).containsExactly("d", "a", "b", "c");
        }

        @Test
        void noTextSortsByTitleAndTextByRelevance() {
            assertThat(Query.all().sort()).isEqualTo(Sort.TITLE);
            assertThat(Query.text("x").sort()).isEqualTo(Sort.RELEVANCE);
        }

        @Test
        void pagesSliceTheSameOrderAndKeepTheTotal() {
            SearchResult page = snapshot.search(Query.all().withPage(1, 2));
            assertThat(page.total()).isEqualTo(4);
            assertThat(ids(page)).containsExactly("d", "b");
            assertThat(page.hasMore()).isTrue();
            assertThat(snapshot.search(Query.all().withPage(4, 2)).items()).isEmpty();
        }

        @Test
        void defaultAndMaximumPageSizes() {
            assertThat(Query.all().limit()).isEqualTo(Query.DEFAULT_LIMIT).isEqualTo(20);
            assertThat(Query.all().withPage(0, Query.MAX_LIMIT).limit()).isEqualTo(100);
            assertThatThrownBy(() -> Query.all().withPage(0, Query.MAX_LIMIT + 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit must be 1 to 100");
            assertThatThrownBy(() -> Query.all().withPage(-1, 10)).hasMessageContaining("offset");
            assertThatThrownBy(() -> Query.all().withPage(Query.MAX_OFFSET + 1, 10)).hasMessageContaining("offset");
        }
    }

    @Nested
    class Lifecycle {
        private final Resource current = resource("current", "Guide to co-design", "New.").build();
        private final CatalogSnapshot snapshot = Fixtures.snapshot(current,
                resource("old", "Old guide to co-design", "Old.").status(Status.WITHDRAWN)
                        .withdrawalReason("Replaced by the 2024 guide.").replacedBy(current.id()).build(),
                resource("draft", "Draft guide to co-design", "Draft.").status(Status.DRAFT).build(),
                resource("deprecated", "Earlier guide to co-design", "Earlier.").status(Status.DEPRECATED).build());

        @Test
        void withdrawnAndDraftsAreLeftOutByDefault() {
            assertThat(ids(snapshot.search(Query.text("guide")))).containsExactlyInAnyOrder("current", "deprecated");
        }

        @Test
        void withdrawnAndDraftsCanBeAskedFor() {
            assertThat(ids(snapshot.search(Query.text("guide").withWithdrawn(true))))
                    .containsExactlyInAnyOrder("current", "deprecated", "old");
            assertThat(ids(snapshot.search(Query.text("guide").withDrafts(true))))
                    .containsExactlyInAnyOrder("current", "deprecated", "draft");
        }

        @Test
        void withdrawnStayReadableById() {
            assertThat(snapshot.find(ResourceId.parse("test:old"))).get().extracting(Resource::isWithdrawn)
                    .isEqualTo(true);
            assertThat(snapshot.latestReplacement(ResourceId.parse("test:old"))).contains(current);
        }
    }

    @Nested
    class Facets {
        private final CatalogSnapshot snapshot = Fixtures.snapshot(
                resource("g1", "Guide one", "x.").audiences(Set.of(Audience.STAFF)).build(),
                resource("g2", "Guide two", "x.").audiences(Set.of(Audience.LEADERS)).build(),
                resource("f1", "Film one", "x.").kind(Kind.FILM).audiences(Set.of(Audience.STAFF)).build(),
                resource("f2", "Film two", "x.").kind(Kind.FILM)
                        .audiences(Set.of(Audience.STAFF, Audience.PEOPLE_WITH_LIVED_EXPERIENCE)).build());

        private static int count(SearchResult result, Facet facet, String value) {
            return result.facet(facet).stream().filter(c -> c.value().equals(value)).mapToInt(FacetCount::count)
                    .findFirst().orElse(0);
        }

        @Test
        void valuesInOneFacetAreOred() {
            SearchResult result = snapshot.search(Query.all().withFilter(Facet.AUDIENCE, "leaders", "lived-experience"));
            assertThat(ids(result)).containsExactlyInAnyOrder("g2", "f2");
        }

        @Test
        void facetsAreAnded() {
            SearchResult result = snapshot.search(Query.all().withFilter(Facet.AUDIENCE, "staff")
                    .withFilter(Facet.KIND, "guide"));
            assertThat(ids(result)).containsExactly("g1");
        }

        @Test
        void tickingAValueKeepsItsSiblingsWithTheirCounts() {
            SearchResult result = snapshot.search(Query.all().withFilter(Facet.KIND, "film"));
            assertThat(result.total()).isEqualTo(2);
            assertThat(count(result, Facet.KIND, "film")).isEqualTo(2);
            assertThat(count(result, Facet.KIND, "guide")).isEqualTo(2);
            assertThat(count(result, Facet.AUDIENCE, "staff")).isEqualTo(2);
            assertThat(count(result, Facet.AUDIENCE, "leaders")).isZero();
        }

        @Test
        void countsFollowTheTextToo() {
            SearchResult result = snapshot.search(Query.text("film").withFilter(Facet.AUDIENCE, "leaders"));
            assertThat(result.total()).isZero();
            assertThat(count(result, Facet.AUDIENCE, "staff")).isEqualTo(2);
            assertThat(count(result, Facet.KIND, "guide")).isZero();
        }

        @Test
        void tickedValuesWithNoResultsStillShowSoTheyCanBeUnticked() {
            SearchResult result = snapshot.search(Query.all().withFilter(Facet.KIND, "postcard"));
            assertThat(result.facet(Facet.KIND)).contains(new FacetCount("postcard", "Postcard", 0, true));
        }

        @Test
        void countsHaveLabelsAndAreOrderedByCount() {
            List<FacetCount> audience = snapshot.search(Query.all()).facet(Facet.AUDIENCE);
            assertThat(audience.get(0)).isEqualTo(new FacetCount("staff", "Staff", 3, false));
            assertThat(audience).extracting(FacetCount::label).contains("People with lived experience", "Leaders");
        }

        @Test
        void appliedFiltersAreListedWithLabels() {
            SearchResult result = snapshot.search(Query.all().withFilter(Facet.KIND, "film"));
            assertThat(result.appliedFilters()).containsExactly(new AppliedFilter(Facet.KIND, "film", "Film"));
        }
    }

    @Nested
    class Related {
        @Test
        void relatedFindsSimilarResourcesButNotItselfOrWithdrawn() {
            CatalogSnapshot snapshot = Fixtures.snapshot(
                    resource("a", "Always Events toolkit", "Co-design an Always Event with patients.").build(),
                    resource("b", "Always Events examples", "Always Events co-designed by trusts.").build(),
                    resource("c", "Withdrawn Always Events pack", "Always Events.").status(Status.WITHDRAWN)
                            .withdrawalReason("Out of date.").build(),
                    resource("d", "Board assurance", "Leaders' questions.").build());
            List<Resource> related = snapshot.related(ResourceId.parse("test:a"), 3);
            assertThat(related).extracting(r -> r.id().local()).startsWith("b").doesNotContain("a", "c");
            assertThat(snapshot.related(ResourceId.parse("test:missing"), 3)).isEmpty();
        }
    }
}
