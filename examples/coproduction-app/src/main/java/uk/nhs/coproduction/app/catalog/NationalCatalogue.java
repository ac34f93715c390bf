package uk.nhs.coproduction.app.catalog;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.search.Query;

/**
 * The national catalogue for the commands of one run, made once. A command that will need it (a
 * search) can have it made in the background while the command line is still being read, which
 * takes as long as reading the bundled catalogue; so the answer comes sooner on a machine with
 * more than one core, and no later on one with a single core.
 */
public final class NationalCatalogue {

    private static final AtomicReference<CompletableFuture<CatalogSnapshot>> PREPARED = new AtomicReference<>();

    private NationalCatalogue() {
    }

    /**
     * Starts making the snapshot (and, if asked, its search index) on a background thread, unless
     * that has started already.
     */
    public static void prepareInBackground(boolean searchIndex) {
        CompletableFuture<CatalogSnapshot> future = new CompletableFuture<>();
        if (!PREPARED.compareAndSet(null, future)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                CatalogSnapshot snapshot = CatalogSnapshot.of(CatalogJson.national(), VocabulariesJson.bundled());
                future.complete(searchIndex ? snapshot.prepareSearch() : snapshot);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "prepare-catalogue");
        thread.setDaemon(true);
        thread.start();
        if (searchIndex) {
            // Meanwhile, a search of a one-resource catalogue (matches marked) readies the search
            // engine's code, so the real index is built and searched by code already loaded.
            Thread engine = new Thread(NationalCatalogue::warmSearchEngine, "prepare-search-engine");
            engine.setDaemon(true);
            engine.start();
        }
    }

    private static void warmSearchEngine() {
        try {
            Resource one = Resource.builder(ResourceId.of("warm", "up")).title("Warm up").summary("Warm up.")
                    .kind(Kind.GUIDE).build();
            CatalogSnapshot.of(new CatalogRelease(CatalogInfo.of("warm", "Warm up", "0"), List.of(one), List.of()),
                    VocabulariesJson.bundled())
                    .search(Query.text("warm")).items().forEach(hit -> hit.summary().plainText());
        } catch (RuntimeException e) {
            // only a warm-up: the real search reports any problem itself
        }
    }

    /** The national catalogue's snapshot: the one made in the background if it was started, else a new one. */
    public static CatalogSnapshot snapshot() {
        CompletableFuture<CatalogSnapshot> future = PREPARED.get();
        if (future == null) {
            return CatalogSnapshot.of(CatalogJson.national(), VocabulariesJson.bundled());
        }
        return future.join();
    }
}
