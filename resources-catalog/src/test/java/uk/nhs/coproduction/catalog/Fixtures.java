package uk.nhs.coproduction.catalog;

import java.util.List;
import java.util.Set;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Topic;

/** Small hand-made resources and catalogues for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A published resource in namespace {@code test} with the given title and summary. */
    public static Resource.Builder resource(String local, String title, String summary) {
        return Resource.builder(ResourceId.of("test", local)).title(title).summary(summary).kind(Kind.GUIDE)
                .audiences(Set.of(Audience.STAFF)).topics(Set.of(Topic.of("co-production")));
    }

    /** A release of namespace {@code test}. */
    public static CatalogRelease release(Resource... resources) {
        return new CatalogRelease(CatalogInfo.of("test", "Test catalogue", "1"), List.of(resources), List.of());
    }

    /** A snapshot of namespace {@code test}. */
    public static CatalogSnapshot snapshot(Resource... resources) {
        return CatalogSnapshot.of(release(resources), VocabulariesJson.bundled());
    }
}
