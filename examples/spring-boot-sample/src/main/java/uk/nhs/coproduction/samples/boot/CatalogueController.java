package uk.nhs.coproduction.samples.boot;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;
import uk.nhs.coproduction.spring.autoconfigure.metrics.MeteredCatalog;

/**
 * {@code GET /api/catalog/search?q=…&limit=…}: the catalogue search, answered with the library's
 * own search-result JSON (written by Boot's mapper through the starter's Jackson module).
 *
 * @since 0.1.0
 */
@RestController
public class CatalogueController {

    private final MeteredCatalog catalog;

    /**
     * Searches {@code catalog}.
     *
     * @param catalog the starter's timed catalogue
     */
    public CatalogueController(MeteredCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Searches the catalogue.
     *
     * @param text the words to search for (all resources when empty)
     * @param limit how many hits to return
     * @return the result
     */
    @GetMapping("/api/catalog/search")
    public SearchResult search(@RequestParam(name = "q", defaultValue = "") String text,
            @RequestParam(name = "limit", defaultValue = "10") int limit) {
        Query query = text.isBlank() ? Query.all() : Query.text(text);
        return catalog.search(query.withPage(0, Math.max(1, Math.min(limit, Query.MAX_LIMIT))));
    }
}
