package uk.nhs.coproduction.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.catalog.Catalog;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.search.Facet;
import uk.nhs.coproduction.catalog.search.FacetCount;
import uk.nhs.coproduction.catalog.search.Hit;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;
import uk.nhs.coproduction.catalog.search.Sort;
import uk.nhs.coproduction.testing.sources.ReadmeSnippets;

/**
 * The README's "Resources catalogue" example, exactly as printed there with its imports, compiles
 * against the public API and does what the README says.
 */
class ReadmeExamplesTest {

    private static final Path SOURCE = Path.of("src", "test", "java", "uk", "nhs", "coproduction", "catalog",
            "ReadmeExamplesTest.java");

    @Test
    void theSearchExampleIsThisTest() throws IOException {
        ReadmeSnippets.assertShownIn("Catalog catalog = Catalog.national();", SOURCE);
    }

    @Test
    void theSearchExample() {
        Catalog catalog = Catalog.national();
        SearchResult result = catalog.search(Query.text("co-production")
                .withFilter(Facet.AUDIENCE, "staff", "qi-teams")   // OR within a facet
                .withFilter(Facet.KIND, "guide", "toolkit")        // AND across facets
                .withSort(Sort.RELEVANCE)
                .withPage(0, 10));

        result.total();                                  // every match, across pages
        for (Hit hit : result.items()) {
            hit.resource().id();                         // e.g. nhse:coproduction-resources-guide
            hit.title().fragments();                     // text runs, matches marked as highlighted
        }
        for (FacetCount count : result.facet(Facet.KIND)) {
            // drill-sideways: ticking "guide" keeps "film" and its count visible
            System.out.println(count.label() + " (" + count.count() + ")" + (count.selected() ? " ✓" : ""));
        }
        catalog.snapshot().related(ResourceId.parse("nhse:always-events-toolkit"), 3);

        assertThat(result.total()).isPositive();
        assertThat(result.items()).extracting(hit -> hit.resource().kind().code()).allMatch(
                kind -> kind.equals("guide") || kind.equals("toolkit"));
        assertThat(result.facet(Facet.KIND)).anyMatch(FacetCount::selected)
                .anyMatch(count -> !count.selected());
        List<Resource> related = catalog.snapshot().related(ResourceId.parse("nhse:always-events-toolkit"), 3);
        assertThat(related).hasSizeBetween(1, 3);
    }
}
