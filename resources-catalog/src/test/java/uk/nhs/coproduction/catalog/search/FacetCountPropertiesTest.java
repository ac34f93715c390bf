package uk.nhs.coproduction.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.coproduction.catalog.Fixtures;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.ControlledTerm;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.Status;
import uk.nhs.coproduction.catalog.resource.Topic;

/**
 * Facet counts and totals checked against a brute-force count over random catalogues and
 * queries. Titles use made-up words that appear in no vocabulary label, so "matches the text"
 * is simply "the title has the word"; fuzzy matching is off so nothing near-spelled sneaks in.
 */
class FacetCountPropertiesTest {

    private static final List<String> WORDS = List.of("alpha", "bravo", "kilo", "zulu", "oscar");
    private static final List<Kind> KINDS = List.of(Kind.GUIDE, Kind.FILM, Kind.REPORT, Kind.POSTCARD);
    private static final List<Audience> AUDIENCES = List.of(Audience.STAFF, Audience.LEADERS,
            Audience.PEOPLE_WITH_LIVED_EXPERIENCE);
    private static final List<String> TOPICS = List.of("co-production", "always-events", "pdsa");
    private static final List<Facet> FACETS = List.of(Facet.KIND, Facet.AUDIENCE, Facet.TOPIC);

    /** What the brute force needs of each resource. */
    private static Map<Facet, Set<String>> values(Resource r) {
        return Map.of(Facet.KIND, Set.of(r.kind().code()),
                Facet.AUDIENCE, codes(r.audiences(), Audience::code),
                Facet.TOPIC, codes(r.topics(), Topic::code));
    }

    private static <T> Set<String> codes(Set<T> values, Function<T, String> code) {
        Set<String> codes = new HashSet<>();
        values.forEach(v -> codes.add(code.apply(v)));
        return codes;
    }

    private static boolean visible(Resource r, Query q) {
        return r.status() == Status.PUBLISHED || r.status() == Status.WITHDRAWN && q.includeWithdrawn();
    }

    private static boolean textMatches(Resource r, Query q) {
        return !q.hasText() || Arrays.asList(r.title().split(" ")).contains(q.text());
    }

    private static boolean passes(Resource r, Query q, Facet except) {
        for (Map.Entry<Facet, Set<String>> filter : q.filters().entrySet()) {
            if (filter.getKey() != except && values(r).get(filter.getKey()).stream()
                    .noneMatch(filter.getValue()::contains)) {
                return false;
            }
        }
        return visible(r, q) && textMatches(r, q);
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
    void facetCountsEqualABruteForceCount(@ForAll("catalogues") List<Resource> resources,
            @ForAll("queries") Query query) {
        CatalogSnapshot snapshot = Fixtures.snapshot(resources.toArray(Resource[]::new));
        SearchResult result = snapshot.search(query);
        for (Facet facet : FACETS) {
            Map<String, Integer> expected = new HashMap<>();
            for (Resource r : resources) {
                if (passes(r, query, facet)) {
                    values(r).get(facet).forEach(v -> expected.merge(v, 1, Integer::sum));
                }
            }
            Map<String, Integer> actual = new HashMap<>();
            for (FacetCount count : result.facet(facet)) {
                if (count.count() > 0) {
                    actual.put(count.value(), count.count());
                }
                assertThat(count.selected()).isEqualTo(query.filter(facet).contains(count.value()));
            }
            assertThat(actual).as("%s counts for %s", facet, query).isEqualTo(expected);
        }
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
    void totalEqualsABruteForceCount(@ForAll("catalogues") List<Resource> resources, @ForAll("queries") Query query) {
        CatalogSnapshot snapshot = Fixtures.snapshot(resources.toArray(Resource[]::new));
        long expected = resources.stream().filter(r -> passes(r, query, null)).count();
        SearchResult result = snapshot.search(query.withPage(0, Query.MAX_LIMIT));
        assertThat(result.total()).isEqualTo(expected);
        assertThat(result.items()).hasSize((int) Math.min(expected, Query.MAX_LIMIT))
                .allSatisfy(hit -> assertThat(passes(hit.resource(), query, null)).isTrue());
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
    void addingAFilterNeverIncreasesTheTotal(@ForAll("catalogues") List<Resource> resources,
            @ForAll("queries") Query query, @ForAll("facets") Facet facet, @ForAll("anyValue") int pick) {
        CatalogSnapshot snapshot = Fixtures.snapshot(resources.toArray(Resource[]::new));
        List<String> candidates = switch (facet) {
            case KIND -> KINDS.stream().map(ControlledTerm::code).toList();
            case AUDIENCE -> AUDIENCES.stream().map(ControlledTerm::code).toList();
            default -> TOPICS;
        };
        String value = candidates.get(pick % candidates.size());
        Query narrower = query.filters().containsKey(facet) ? query.withoutFilter(facet).withFilter(facet, value)
                : query.withFilter(facet, value);
        Query wider = query.filters().containsKey(facet) ? query.withoutFilter(facet) : query;
        assertThat(snapshot.search(narrower).total()).isLessThanOrEqualTo(snapshot.search(wider).total());
    }

    @Provide
    Arbitrary<List<Resource>> catalogues() {
        Arbitrary<Resource> resource = Combinators.combine(
                Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(KINDS),
                Arbitraries.of(AUDIENCES).set().ofMaxSize(3),
                Arbitraries.of(TOPICS).set().ofMaxSize(3),
                Arbitraries.of(Status.PUBLISHED, Status.PUBLISHED, Status.WITHDRAWN))
                .as((words, kind, audiences, topics, status) -> {
                    Resource.Builder b = Resource.builder(uk.nhs.coproduction.catalog.resource.ResourceId.of("test", "x"))
                            .title(String.join(" ", words)).summary("Made up.").kind(kind).audiences(audiences)
                            .topics(topics.stream().map(Topic::of).toList()).status(status);
                    if (status == Status.WITHDRAWN) {
                        b.withdrawalReason("Gone.");
                    }
                    return b;
                }).map(Resource.Builder::build);
        return resource.list().ofMaxSize(25).map(FacetCountPropertiesTest::numbered);
    }

    private static List<Resource> numbered(List<Resource> resources) {
        List<Resource> numbered = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            Resource r = resources.get(i);
            Resource.Builder b = Resource.builder(uk.nhs.coproduction.catalog.resource.ResourceId.of("test", "r" + i))
                    .title(r.title()).summary(r.summary()).kind(r.kind()).audiences(r.audiences()).topics(r.topics())
                    .status(r.status()).withdrawalReason(r.withdrawalReason());
            numbered.add(b.build());
        }
        return numbered;
    }

    @Provide
    Arbitrary<Query> queries() {
        return Combinators.combine(
                Arbitraries.of(WORDS).injectNull(0.4),
                Arbitraries.of(KINDS).map(Kind::code).set().ofMaxSize(2),
                Arbitraries.of(AUDIENCES).map(Audience::code).set().ofMaxSize(2),
                Arbitraries.of(TOPICS).set().ofMaxSize(2),
                Arbitraries.of(true, false))
                .as((text, kinds, audiences, topics, withdrawn) -> Query.text(text == null ? "" : text)
                        .withFilter(Facet.KIND, kinds).withFilter(Facet.AUDIENCE, audiences)
                        .withFilter(Facet.TOPIC, topics).withWithdrawn(withdrawn).withFuzzyFallback(false));
    }

    @Provide
    Arbitrary<Facet> facets() {
        return Arbitraries.of(FACETS);
    }

    @Provide
    Arbitrary<Integer> anyValue() {
        return Arbitraries.integers().between(0, 100);
    }
}
