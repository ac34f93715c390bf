package uk.nhs.coproduction.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.federation.Federation;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.search.Facet;
import uk.nhs.coproduction.catalog.search.Matching;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;

/** The national catalogue bundled with the library. */
class NationalCatalogueTest {

    private final CatalogRelease national = CatalogJson.national();

    @Test
    void itHasAVersionAndAChangelogNamingEveryResource() {
        assertThat(national.info().namespace()).isEqualTo("nhse");
        assertThat(national.info().version()).isEqualTo("1.0.0");
        assertThat(national.changelog()).hasSize(1);
        assertThat(national.changelog().get(0).added())
                .isEqualTo(national.resources().stream().map(Resource::id).collect(Collectors.toSet()));
    }

    @Test
    void itHoldsWhatTheSeedNamesAndWhatItSignposts() {
        assertThat(national.resources()).extracting(Resource::kind).contains(Kind.INTRODUCTION,
                Kind.LITERATURE_REVIEW, Kind.GUIDE, Kind.FILM, Kind.ANIMATION, Kind.DIAGRAM, Kind.POSTCARD,
                Kind.TOOLKIT, Kind.REPORT, Kind.GUIDANCE);
        assertThat(national.resources()).extracting(Resource::publisher).contains("Coalition for Collaborative Care",
                "Care Quality Commission", "Think Local Act Personal", "NHS England");
        Resource toolkit = find("nhse:always-events-toolkit");
        assertThat(toolkit.issued()).hasToString("2016-12");
        assertThat(toolkit.creators()).containsExactly("Institute for Healthcare Improvement");
        assertThat(CatalogSnapshot.of(national, VocabulariesJson.bundled()).parts(ResourceId.parse("nhse:coproduction-resources")))
                .hasSize(7);
    }

    @Test
    void itMergesWithoutConflicts() {
        assertThat(Federation.merge(national, List.of(), VocabulariesJson.bundled(), null).conflicts()).isEmpty();
    }

    @Test
    void noSizeOrLengthIsMadeUp() {
        assertThat(national.resources()).flatMap(Resource::formats)
                .allSatisfy(f -> {
                    assertThat(f.byteSize()).isNull();
                    assertThat(f.pageCount()).isNull();
                    assertThat(f.duration()).isNull();
                });
    }

    @Test
    void everyAddressAndYearComesFromTheSharedBrief() throws IOException {
        Path brief = sharedBrief();
        assumeTrue(brief != null, "../shared/domain is not beside the project (a fresh clone): cannot compare "
                + "the bundled facts with the brief they came from");
        String text = Files.readString(brief.resolve("coproduction-and-always-events.md"))
                + Files.readString(brief.resolve("catalogue.md"));
        List<URI> addresses = new ArrayList<>();
        for (Resource r : national.resources()) {
            if (r.landingPage() != null) {
                addresses.add(r.landingPage());
            }
            r.formats().stream().map(Format::url).filter(Objects::nonNull).forEach(addresses::add);
            if (r.issued() != null) {
                assertThat(text).as("year of %s", r.id()).contains(String.valueOf(r.issued().start().getYear()));
            }
        }
        assertThat(addresses).isNotEmpty().allSatisfy(uri -> assertThat(text).contains(uri.toString()));
    }

    @Test
    void itSearchesThroughThePublicApi() {
        Catalog catalog = Catalog.national();
        SearchResult result = catalog.search(Query.text("QI").withFilter(Facet.AUDIENCE, "leaders"));
        assertThat(result.total()).isPositive();
        assertThat(result.items()).allSatisfy(hit -> assertThat(hit.resource().audiences())
                .extracting(a -> a.code()).contains("leaders"));
        assertThat(catalog.search(Query.text("always events toolkit")).items().get(0).resource().id())
                .isEqualTo(ResourceId.parse("nhse:always-events-toolkit"));
        assertThat(catalog.search(Query.all()).total()).isEqualTo(national.resources().size());
        Set<String> kinds = catalog.search(Query.all()).facet(Facet.KIND).stream().map(c -> c.value())
                .collect(Collectors.toSet());
        assertThat(kinds).contains("toolkit", "film", "report");
    }

    @Test
    void typosOfItsOwnWordsFindTheResourcesThatUseThem() {
        Catalog catalog = Catalog.national();
        Query page = Query.all().withPage(0, Query.MAX_LIMIT);
        for (String[] typoAndWord : new String[][] {
                {"coproductoin", "co-production"}, {"alwys events", "always events"}, {"co-prodution", "co-production"}}) {
            SearchResult typo = catalog.search(page.withText(typoAndWord[0]));
            SearchResult exact = catalog.search(page.withText(typoAndWord[1]));
            assertThat(exact.total()).as(typoAndWord[1]).isPositive();
            assertThat(typo.matching()).as(typoAndWord[0]).isEqualTo(Matching.FUZZY);
            assertThat(typo.items()).as(typoAndWord[0]).map(hit -> hit.resource().id())
                    .containsAll(exact.items().stream().map(hit -> hit.resource().id()).toList());
        }
        assertThat(catalog.search(Query.text("alwys events")).items().get(0).resource().title())
                .containsIgnoringCase("always events");
    }

    private Resource find(String id) {
        return national.resources().stream().filter(r -> r.id().toString().equals(id)).findFirst().orElseThrow();
    }

    private static Path sharedBrief() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/domain").normalize();
            if (Files.isRegularFile(candidate.resolve("catalogue.md"))) {
                return candidate;
            }
        }
        return null;
    }
}
