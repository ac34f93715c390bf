package uk.nhs.coproduction.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import uk.nhs.coproduction.catalog.Catalog;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;

/**
 * {@link Catalog#search(Query)} timed in {@code coproduction.catalog.searches}. Inject it
 * instead of {@code Catalog} where the catalogue is searched.
 *
 * @since 0.1.0
 */
public final class MeteredCatalog {

    /** The timer's name. */
    public static final String SEARCHES = "coproduction.catalog.searches";

    private final Catalog catalog;
    private final Timer searches;

    /**
     * Times the searches of {@code catalog} in {@code registry}.
     *
     * @param catalog the catalogue
     * @param registry where the timer is kept
     */
    public MeteredCatalog(Catalog catalog, MeterRegistry registry) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.searches = Timer.builder(SEARCHES).description("Resources catalogue searches").register(registry);
    }

    /** @return the catalogue */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * Searches the current snapshot, timed.
     *
     * @param query the query
     * @return the result
     */
    public SearchResult search(Query query) {
        return Objects.requireNonNull(searches.record(() -> catalog.search(query)));
    }

    @Override
    public String toString() {
        return "MeteredCatalog[" + catalog + "]";
    }
}
