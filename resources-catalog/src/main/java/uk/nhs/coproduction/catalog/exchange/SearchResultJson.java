package uk.nhs.coproduction.catalog.exchange;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.catalog.exchange.internal.CatalogJsonCodec;
import uk.nhs.coproduction.catalog.label.LinkLabel;
import uk.nhs.coproduction.catalog.resource.Annotation;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.Vocabularies;
import uk.nhs.coproduction.catalog.search.AppliedFilter;
import uk.nhs.coproduction.catalog.search.Facet;
import uk.nhs.coproduction.catalog.search.FacetCount;
import uk.nhs.coproduction.catalog.search.Hit;
import uk.nhs.coproduction.catalog.search.SearchResult;
import uk.nhs.coproduction.catalog.search.Snippet;

/**
 * A {@link SearchResult} as JSON, for a JSON API or a command line's {@code --json}. The shape:
 * <pre>{@code
 * {"query": {"text": "…", "filters": {"kind": ["film"]}, "sort": "relevance", "offset": 0, "limit": 20,
 *            "includeWithdrawn": false},
 *  "total": 3, "matching": "exact",
 *  "items": [{"resource": {…catalogue JSON of the resource…},
 *             "title": [{"text": "Co-production ", "highlighted": false}, {"text": "films", "highlighted": true}],
 *             "summary": […], "links": [{"url": "…", "mediaType": "application/pdf", "label": "(PDF only, 1.2MB)"}],
 *             "annotations": [{"source": "leeds", "note": "…"}]}],
 *  "facets": {"kind": [{"value": "film", "label": "Film", "count": 2, "selected": true}], …},
 *  "appliedFilters": [{"facet": "kind", "value": "film", "label": "Film"}]}
 * }</pre>
 * The resource is written exactly as {@link CatalogJson} writes it. Highlights are structured so
 * the client escapes the text itself.
 *
 * @since 0.1.0
 */
public final class SearchResultJson {

    private SearchResultJson() {
    }

    /**
     * {@return the result as pretty-printed JSON}
     *
     * @param result the search result
     * @param vocabularies the vocabularies that give the facet values' labels
     */
    public static String write(SearchResult result, Vocabularies vocabularies) {
        ObjectNode root = CatalogJsonCodec.MAPPER.createObjectNode();
        ObjectNode query = root.putObject("query");
        query.put("text", result.query().text());
        ObjectNode filters = query.putObject("filters");
        result.query().filters().forEach((facet, values) -> {
            ArrayNode list = filters.putArray(facet.code());
            values.forEach(list::add);
        });
        query.put("sort", result.query().sort().code());
        query.put("offset", result.query().offset());
        query.put("limit", result.query().limit());
        query.put("includeWithdrawn", result.query().includeWithdrawn());
        root.put("total", result.total());
        root.put("matching", result.matching().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode items = root.putArray("items");
        for (Hit hit : result.items()) {
            ObjectNode item = items.addObject();
            item.set("resource", CatalogJsonCodec.write(hit.resource()));
            snippet(item.putArray("title"), hit.title());
            snippet(item.putArray("summary"), hit.summary());
            ArrayNode links = item.putArray("links");
            for (Format format : hit.resource().formats()) {
                if (format.url() != null) {
                    ObjectNode link = links.addObject();
                    link.put("url", format.url().toString());
                    link.put("mediaType", format.mediaType());
                    label(hit.resource(), format, vocabularies, link);
                }
            }
            ArrayNode annotations = item.putArray("annotations");
            for (Annotation annotation : hit.annotations()) {
                annotations.addObject().put("source", annotation.source()).put("note", annotation.note());
            }
        }
        ObjectNode facets = root.putObject("facets");
        for (Map.Entry<Facet, List<FacetCount>> facet : result.facets().entrySet()) {
            ArrayNode counts = facets.putArray(facet.getKey().code());
            for (FacetCount count : facet.getValue()) {
                counts.addObject().put("value", count.value()).put("label", count.label()).put("count", count.count())
                        .put("selected", count.selected());
            }
        }
        ArrayNode applied = root.putArray("appliedFilters");
        for (AppliedFilter filter : result.appliedFilters()) {
            applied.addObject().put("facet", filter.facet().code()).put("value", filter.value())
                    .put("label", filter.label());
        }
        return CatalogJsonCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void label(Resource resource, Format format, Vocabularies vocabularies, ObjectNode link) {
        @Nullable LinkLabel label = LinkLabel.of(resource, format, vocabularies).orElse(null);
        if (label != null) {
            link.put("label", label.text());
        }
    }

    private static void snippet(ArrayNode to, Snippet snippet) {
        for (Snippet.Fragment fragment : snippet.fragments()) {
            to.addObject().put("text", fragment.text()).put("highlighted", fragment.highlighted());
        }
    }
}
