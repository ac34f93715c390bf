package uk.nhs.coproduction.catalog.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.catalog.Catalog;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Annotation;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceField;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Status;
import uk.nhs.coproduction.catalog.resource.Vocabularies;
import uk.nhs.coproduction.catalog.search.Query;

class FederationTest {

    private static final Vocabularies V = VocabulariesJson.bundled();
    private static final ResourceId TOOLKIT = ResourceId.parse("nhse:always-events-toolkit");
    private static final ResourceId POSTCARDS = ResourceId.parse("nhse:coproduction-postcards");

    private static Resource local(String id, String title) {
        return Resource.builder(ResourceId.parse(id)).title(title).summary("Local.").kind(Kind.GUIDE).build();
    }

    private static Overlay leeds() {
        return Overlay.of(CatalogInfo.of("leeds", "Leeds resources", "3"));
    }

    @Test
    void anOverlayAddsHidesAndAnnotatesWithoutChangingNationalResources() {
        CatalogRelease national = CatalogJson.national();
        Overlay overlay = leeds().withAdditions(List.of(local("leeds:calm-at-night", "Calm at night")))
                .withHidden(POSTCARDS).withAnnotation(TOOLKIT, "Printed copies from the experience team.");
        CatalogSnapshot merged = Federation.merge(national, List.of(overlay), V, null);

        assertThat(merged.conflicts()).isEmpty();
        assertThat(merged.find(ResourceId.parse("leeds:calm-at-night"))).isPresent();
        assertThat(merged.find(POSTCARDS)).isEmpty();
        assertThat(merged.isHidden(POSTCARDS)).isTrue();
        assertThat(merged.search(Query.text("postcards")).items()).extracting(h -> h.resource().id())
                .isNotEmpty().doesNotContain(POSTCARDS);
        assertThat(merged.find(TOOLKIT)).contains(national.resources().stream()
                .filter(r -> r.id().equals(TOOLKIT)).findFirst().orElseThrow());
        assertThat(merged.annotations(TOOLKIT)).extracting(Annotation::note, Annotation::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Printed copies from the experience team.", "leeds"));
        assertThat(merged.search(Query.text("always events toolkit")).items().get(0).annotations()).hasSize(1);
        assertThat(merged.version()).isEqualTo("nhse 1.0.0 + leeds 3");
    }

    @Test
    void anOverlayNeverOverwritesAndSaysSo() {
        Resource impostor = local("nhse:always-events-toolkit", "Our own toolkit");
        Overlay overlay = leeds().withAdditions(List.of(impostor, local("leeds:dup", "One"), local("leeds:dup", "Two")));
        CatalogSnapshot merged = Federation.merge(CatalogJson.national(), List.of(overlay), V, null);
        assertThat(merged.conflicts()).containsExactly(
                new Conflict.ForeignNamespace("leeds", TOOLKIT),
                new Conflict.DuplicateId("leeds", ResourceId.parse("leeds:dup")));
        assertThat(merged.find(TOOLKIT).orElseThrow().title()).isEqualTo("Always Events® toolkit");
        assertThat(merged.find(ResourceId.parse("leeds:dup")).orElseThrow().title()).isEqualTo("One");
        assertThat(merged.conflicts().get(0).describe()).contains("outside its own namespace");
    }

    @Test
    void missingReferencesAndUnknownTargetsAreReported() {
        Resource dangling = Resource.builder(ResourceId.parse("leeds:easy")).title("Easy Read").summary("Easy.")
                .kind(Kind.GUIDE).partOf(List.of(ResourceId.parse("nhse:no-such-toolkit"))).build();
        Overlay overlay = leeds().withAdditions(List.of(dangling)).withHidden(ResourceId.parse("nhse:nothing"))
                .withAnnotation(ResourceId.parse("leeds:easy"), "Own item.");
        CatalogSnapshot merged = Federation.merge(CatalogJson.national(), List.of(overlay), V, null);
        assertThat(merged.conflicts()).containsExactlyInAnyOrder(
                new Conflict.MissingReference("leeds", dangling.id(), ResourceField.PART_OF,
                        ResourceId.parse("nhse:no-such-toolkit")),
                new Conflict.UnknownTarget("leeds", ResourceId.parse("nhse:nothing"), "hide"),
                new Conflict.UnknownTarget("leeds", dangling.id(), "annotate"));
        assertThat(merged.find(dangling.id())).as("kept, so the gap stays visible").isPresent();
    }

    @Test
    void twoOverlaysWithOneNamespaceClash() {
        Overlay first = leeds().withAdditions(List.of(local("leeds:a", "A")));
        Overlay second = leeds().withAdditions(List.of(local("leeds:b", "B")));
        CatalogSnapshot merged = Federation.merge(CatalogJson.national(), List.of(first, second), V, null);
        assertThat(merged.conflicts()).containsExactly(new Conflict.NamespaceClash("leeds"));
        assertThat(merged.find(ResourceId.parse("leeds:b"))).isEmpty();
    }

    @Test
    void aResourceRemovedFromItsSourceBecomesWithdrawnNotGone() {
        Catalog catalog = Catalog.national();
        catalog.putOverlay(leeds().withAdditions(List.of(local("leeds:a", "A"), local("leeds:b", "B"))));
        CatalogSnapshot after = catalog.putOverlay(leeds().withAdditions(List.of(local("leeds:a", "A"))));

        Resource b = after.find(ResourceId.parse("leeds:b")).orElseThrow();
        assertThat(b.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(b.withdrawalReason()).contains("No longer published by its source catalogue 'leeds'");
        assertThat(after.search(Query.text("B")).items()).extracting(h -> h.resource().id().local())
                .doesNotContain("b");

        CatalogSnapshot removed = catalog.removeOverlay("leeds");
        assertThat(removed.find(ResourceId.parse("leeds:a")).orElseThrow().isWithdrawn()).isTrue();
        assertThat(removed.find(ResourceId.parse("leeds:b")).orElseThrow().withdrawalReason())
                .isEqualTo(b.withdrawalReason());
    }

    @Test
    void aNationalResourceDroppedFromANewReleaseIsWithdrawn() {
        Catalog catalog = Catalog.national();
        CatalogRelease national = CatalogJson.national();
        CatalogRelease smaller = new CatalogRelease(CatalogInfo.of("nhse", national.info().title(), "1.1.0"),
                national.resources().stream().filter(r -> !r.id().equals(POSTCARDS)).toList(), List.of());
        CatalogSnapshot next = catalog.replaceBase(smaller);
        assertThat(next.find(POSTCARDS).orElseThrow().isWithdrawn()).isTrue();
        assertThat(next.version()).isEqualTo("nhse 1.1.0");
        assertThat(next.resources()).hasSize(national.resources().size());
    }
}
