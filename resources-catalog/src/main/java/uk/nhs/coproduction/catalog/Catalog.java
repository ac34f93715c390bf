package uk.nhs.coproduction.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.federation.Federation;
import uk.nhs.coproduction.catalog.federation.Overlay;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Vocabularies;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;

/**
 * The live catalogue an application holds: a national release plus any local overlays, always
 * readable as one consistent {@link CatalogSnapshot}.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.national();                       // the bundled national catalogue
 * SearchResult result = catalog.search(Query.text("always events").withFilter(Facet.AUDIENCE, "staff"));
 * catalog.putOverlay(myTrustOverlay);                         // merge a local catalogue in
 * }</pre>
 *
 * <p>Readers never lock and never see a half-made change: an update builds a complete new
 * snapshot (search index included) beside the old one and then swaps it in atomically. Readers
 * that hold the old snapshot keep reading it unchanged. Updates are serialised with each other.
 * Anything that disappears between updates stays as a withdrawn tombstone.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Catalog {

    private record State(CatalogRelease base, List<Overlay> overlays, CatalogSnapshot snapshot) {
    }

    private final Vocabularies vocabularies;
    private final Object updateLock = new Object();
    private volatile State state;

    private Catalog(CatalogRelease base, Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        this.state = new State(base, List.of(), Federation.merge(base, List.of(), vocabularies, null));
    }

    /** {@return the national catalogue bundled with the library, with no overlays} */
    public static Catalog national() {
        return of(CatalogJson.national());
    }

    /**
     * {@return a catalogue over this base release, with the bundled vocabularies}
     *
     * @param base the national release the catalogue starts from
     */
    public static Catalog of(CatalogRelease base) {
        return of(base, VocabulariesJson.bundled());
    }

    /**
     * {@return a catalogue over this base release}
     *
     * @param base the national release the catalogue starts from
     * @param vocabularies the vocabularies resources are checked against
     */
    public static Catalog of(CatalogRelease base, Vocabularies vocabularies) {
        return new Catalog(base, vocabularies);
    }

    /** {@return the current snapshot: read everything for one request from it} */
    public CatalogSnapshot snapshot() {
        return state.snapshot();
    }

    /**
     * Searches the current snapshot.
     *
     * @param query what to search for, with filters, sort and page
     * @return one page of results, the total and the facet counts
     */
    public SearchResult search(Query query) {
        return snapshot().search(query);
    }

    /** {@return the overlays merged in, in merge order} */
    public List<Overlay> overlays() {
        return state.overlays();
    }

    /**
     * Replaces the base (national) release, for example with a newer bundled version. Resources
     * the new release no longer has become withdrawn tombstones.
     *
     * @param release the new base release
     * @return the new snapshot, whose {@link CatalogSnapshot#conflicts()} says what could not be merged
     */
    public CatalogSnapshot replaceBase(CatalogRelease release) {
        Objects.requireNonNull(release, "release");
        synchronized (updateLock) {
            return swap(release, state.overlays());
        }
    }

    /**
     * Adds a local overlay, or replaces the overlay with the same namespace.
     *
     * @param overlay the local catalogue
     * @return the new snapshot, whose {@link CatalogSnapshot#conflicts()} says what could not be merged
     */
    public CatalogSnapshot putOverlay(Overlay overlay) {
        Objects.requireNonNull(overlay, "overlay");
        synchronized (updateLock) {
            List<Overlay> overlays = new ArrayList<>();
            boolean replaced = false;
            for (Overlay existing : state.overlays()) {
                if (existing.namespace().equals(overlay.namespace())) {
                    overlays.add(overlay);
                    replaced = true;
                } else {
                    overlays.add(existing);
                }
            }
            if (!replaced) {
                overlays.add(overlay);
            }
            return swap(state.base(), overlays);
        }
    }

    /**
     * Removes the overlay with this namespace; its resources become withdrawn tombstones.
     *
     * @param namespace the overlay's namespace
     * @return the new snapshot
     */
    public CatalogSnapshot removeOverlay(String namespace) {
        synchronized (updateLock) {
            return swap(state.base(), state.overlays().stream().filter(o -> !o.namespace().equals(namespace)).toList());
        }
    }

    private CatalogSnapshot swap(CatalogRelease base, List<Overlay> overlays) {
        CatalogSnapshot next = Federation.merge(base, overlays, vocabularies, state.snapshot()).prepareSearch();
        state = new State(base, List.copyOf(overlays), next);
        return next;
    }

    @Override
    public String toString() {
        return "Catalog[" + snapshot().version() + "]";
    }
}
