package uk.nhs.coproduction.catalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.release.ReleaseNote;
import uk.nhs.coproduction.catalog.resource.PartialDate;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/** Writing then reading gives back exactly what was written. */
class RoundTripPropertiesTest {

    private static final Vocabularies VOCABULARIES = VocabulariesJson.bundled();

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void jsonRoundTripIsIdentity(@ForAll("catalogues") List<Resource> resources) {
        CatalogRelease release = new CatalogRelease(
                new CatalogInfo("local", "A \"local\" catalogue", "Trust | library", "2.1", PartialDate.parse("2025-03"),
                        "Ours."),
                resources,
                List.of(new ReleaseNote("2.1", null, "Fixed <titles>.", resources.stream().map(Resource::id)
                        .collect(java.util.stream.Collectors.toSet()), java.util.Set.of(), java.util.Set.of(),
                        java.util.Set.of())));
        String json = CatalogJson.write(release);
        assertThat(CatalogJson.read(json, VOCABULARIES).orElseThrow()).isEqualTo(release);
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void csvRoundTripIsIdentity(@ForAll("catalogues") List<Resource> resources) {
        String csv = CatalogCsv.write(resources);
        assertThat(CatalogCsv.read(csv, VOCABULARIES).orElseThrow()).isEqualTo(resources);
    }

    @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
    void csvWriteIsStable(@ForAll("catalogues") List<Resource> resources) {
        String csv = CatalogCsv.write(resources);
        assertThat(CatalogCsv.write(CatalogCsv.read(csv, VOCABULARIES).orElseThrow())).isEqualTo(csv);
    }

    @Provide
    Arbitrary<List<Resource>> catalogues() {
        return ResourceArbitraries.catalogues("local");
    }
}
