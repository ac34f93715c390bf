package uk.nhs.coproduction.app.web.catalog;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.JsonLd;
import uk.nhs.coproduction.catalog.exchange.SearchResultJson;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.label.LinkLabel;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Annotation;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.search.SearchResult;
import uk.nhs.coproduction.app.web.server.ApiJson;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;

/**
 * The catalogue's JSON API:
 * <ul>
 *   <li>{@code GET /api/catalog/search} with the parameters of {@link CatalogSearch}: the result as
 *       {@link SearchResultJson} writes it (total, items with highlights and link labels, facet
 *       counts, applied filters);</li>
 *   <li>{@code GET /api/catalog/resources/{id}}: one resource by id ({@code nhse:always-events-toolkit})
 *       in the catalogue's own JSON with its page, links, notes and related ids; or schema.org
 *       JSON-LD when the request accepts {@code application/ld+json}.</li>
 * </ul>
 */
public final class CatalogApi {

    private final Supplier<CatalogSnapshot> catalog;

    /** The API over a catalogue. */
    public CatalogApi(Supplier<CatalogSnapshot> catalog) {
        this.catalog = catalog;
    }

    /** {@code GET /api/catalog/search}. */
    public Reply search(Request request) {
        CatalogSnapshot snapshot = catalog.get();
        CatalogSearch search = CatalogSearch.fromApi(request.query(), snapshot);
        if (!search.isValid()) {
            throw new RequestRefused(400, "The search has " + count(search.errors().size()) + ".", search.errors());
        }
        SearchResult result = snapshot.search(search.query());
        return Reply.json(200, SearchResultJson.write(result, snapshot.vocabularies()) + "\n");
    }

    /** {@code GET /api/catalog/resources/{id}}. */
    public Reply resource(Request request) {
        CatalogSnapshot snapshot = catalog.get();
        String text = request.pathParameter("id");
        ResourceId id = ResourceId.tryParse(text).orElseThrow(() -> new RequestRefused(400, "The id is not a catalogue "
                + "id: it is a namespace and a name, such as nhse:always-events-toolkit.",
                List.of(uk.nhs.coproduction.app.web.server.Problem.Error.of("id", "must look like namespace:name"))));
        Resource resource = snapshot.find(id)
                .orElseThrow(() -> new RequestRefused(404, "The catalogue has no resource " + id + "."));
        String accept = request.header("Accept");
        if (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/ld+json")) {
            return Reply.of(200, "application/ld+json; charset=utf-8", JsonLd.item(snapshot, resource) + "\n");
        }
        ObjectNode root = ApiJson.MAPPER.createObjectNode();
        root.set("resource", resourceJson(snapshot, resource));
        root.put("page", CatalogPages.href(resource));
        ArrayNode links = root.putArray("links");
        for (Format format : resource.formats()) {
            if (format.url() != null) {
                ObjectNode link = links.addObject().put("url", format.url().toString()).put("mediaType", format.mediaType());
                LinkLabel.of(resource, format, snapshot.vocabularies()).ifPresent(l -> link.put("label", l.text()));
            }
        }
        ArrayNode notes = root.putArray("annotations");
        for (Annotation annotation : snapshot.annotations(id)) {
            notes.addObject().put("source", annotation.source()).put("note", annotation.note());
        }
        ArrayNode related = root.putArray("related");
        snapshot.related(id, 3).forEach(r -> related.add(r.id().toString()));
        return Reply.json(200, ApiJson.write(root));
    }

    /** The resource exactly as the catalogue's JSON format writes it. */
    private static JsonNode resourceJson(CatalogSnapshot snapshot, Resource resource) {
        String namespace = resource.id().namespace();
        CatalogInfo info = snapshot.sources().stream().filter(s -> s.namespace().equals(namespace)).findFirst()
                .orElse(CatalogInfo.of(namespace, namespace, "local"));
        JsonNode release = ApiJson.MAPPER.readTree(CatalogJson.write(new CatalogRelease(info, List.of(resource), List.of())));
        return release.get("resources").get(0);
    }

    private static String count(int errors) {
        return errors == 1 ? "1 problem" : errors + " problems";
    }
}
