package uk.nhs.coproduction.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.federation.Overlay;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.search.Facet;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;

/** Readers always see one whole snapshot while updates swap new ones in. */
class CatalogConcurrencyTest {

    private static Overlay overlayWith(int count) {
        List<Resource> additions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            additions.add(Resource.builder(ResourceId.of("local", "item-" + i)).title("Local item " + i)
                    .summary("Local.").kind(Kind.CASE_STUDY).publisher("Local trust").build());
        }
        return Overlay.of(CatalogInfo.of("local", "Local", String.valueOf(count))).withAdditions(additions);
    }

    @Test
    void everyReadSeesOneConsistentSnapshot() throws Exception {
        Catalog catalog = Catalog.national();
        int national = catalog.snapshot().resources().size();
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch started = new CountDownLatch(2);
        List<Future<Integer>> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            readers.add(pool.submit(() -> {
                started.countDown();
                int reads = 0;
                while (!done.get() || reads < 5) {
                    CatalogSnapshot snapshot = catalog.snapshot();
                    String version = snapshot.version();
                    int expectedLocal = version.contains("+ local ")
                            ? Integer.parseInt(version.substring(version.lastIndexOf(' ') + 1)) : 0;
                    SearchResult local = snapshot.search(Query.all().withFilter(Facet.PUBLISHER, "Local trust"));
                    SearchResult all = snapshot.search(Query.all());
                    if (local.total() != expectedLocal || all.total() != national + expectedLocal
                            || snapshot.resources().size() != national + expectedLocal) {
                        problems.add(version + ": local " + local.total() + ", all " + all.total());
                    }
                    reads++;
                }
                return reads;
            }));
        }
        started.await();
        for (int count = 1; count <= 12; count++) {
            catalog.putOverlay(overlayWith(count));
        }
        done.set(true);
        int reads = 0;
        for (Future<Integer> reader : readers) {
            reads += reader.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(problems).isEmpty();
        assertThat(reads).isGreaterThanOrEqualTo(10);
        assertThat(catalog.snapshot().version()).isEqualTo("nhse 1.0.0 + local 12");
    }

    @Test
    void aHeldSnapshotNeverChanges() {
        Catalog catalog = Catalog.national();
        CatalogSnapshot before = catalog.snapshot();
        int size = before.resources().size();
        catalog.putOverlay(overlayWith(3));
        assertThat(before.resources()).hasSize(size);
        assertThat(before.search(Query.all()).total()).isEqualTo(size);
        assertThat(catalog.snapshot()).isNotSameAs(before);
        assertThat(catalog.snapshot().resources()).hasSize(size + 3);
    }
}
