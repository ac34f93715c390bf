package uk.nhs.coproduction.catalog.exchange;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.catalog.exchange.internal.CatalogJsonCodec;
import uk.nhs.coproduction.catalog.exchange.internal.Nodes;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.resource.AccessibilityFeature;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.AlternativeKind;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.KindMapping;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * schema.org JSON-LD for one resource, to embed in its page in a
 * {@code <script type="application/ld+json">} element. The node is typed both as its kind's
 * schema.org type and as {@code LearningResource} (for example
 * {@code ["VideoObject","LearningResource"]} for a film), with {@code learningResourceType},
 * audiences, keywords, accessibility features, files as {@code encoding} media objects,
 * alternatives as {@code workExample}/{@code workTranslation} and toolkits as {@code isPartOf}.
 * Only known facts are written: no thumbnail or upload date is made up for films.
 *
 * <p>The text is safe to put inside a {@code <script>} element: {@code <}, {@code >} and
 * {@code &} are written as JSON escapes.
 *
 * @since 0.1.0
 */
public final class JsonLd {

    private JsonLd() {
    }

    /**
     * {@return the JSON-LD of a resource, with its landing page (if any) as {@code url}}
     *
     * @param snapshot where linked resources' names and the vocabulary labels come from
     * @param resource the resource
     */
    public static String item(CatalogSnapshot snapshot, Resource resource) {
        return item(snapshot, resource, null);
    }

    /**
     * {@return the JSON-LD of a resource}
     *
     * @param snapshot where linked resources' names and the vocabulary labels come from
     * @param resource the resource
     * @param pageUrl the address of the page the JSON-LD is embedded in, used as {@code @id}; or null
     */
    public static String item(CatalogSnapshot snapshot, Resource resource, @Nullable URI pageUrl) {
        return scriptSafe(node(snapshot, resource, pageUrl));
    }

    /**
     * {@return every visible resource of a snapshot as one JSON-LD document with a {@code @graph},
     * for bulk export. Each node is what {@link #item(CatalogSnapshot, Resource)} gives, without
     * its own {@code @context}}
     *
     * @param snapshot where linked resources' names and the vocabulary labels come from
     */
    public static String graph(CatalogSnapshot snapshot) {
        ObjectNode root = CatalogJsonCodec.MAPPER.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        for (Resource resource : snapshot.resources()) {
            ObjectNode node = node(snapshot, resource, null);
            node.remove("@context");
            graph.add(node);
        }
        return scriptSafe(root);
    }

    /** Pretty JSON with the characters that could end a script element written as escapes. */
    private static String scriptSafe(ObjectNode node) {
        String json = CatalogJsonCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static ObjectNode node(CatalogSnapshot snapshot, Resource r, @Nullable URI pageUrl) {
        Vocabularies v = snapshot.vocabularies();
        KindMapping mapping = v.mapping(r.kind());
        ObjectNode o = CatalogJsonCodec.MAPPER.createObjectNode();
        o.put("@context", "https://schema.org");
        ArrayNode types = o.putArray("@type");
        types.add(mapping.schemaType());
        types.add("LearningResource");
        if (pageUrl != null) {
            o.put("@id", pageUrl.toString());
        }
        o.put("identifier", r.id().toString());
        o.put("name", r.title());
        o.put("description", r.summary());
        if (r.landingPage() != null) {
            o.put("url", r.landingPage().toString());
        }
        o.put("learningResourceType", mapping.learningResourceType());
        o.put("inLanguage", r.language());
        if (r.publisher() != null) {
            organisation(o.putObject("publisher"), r.publisher());
        }
        if (!r.creators().isEmpty()) {
            ArrayNode creators = o.putArray("creator");
            r.creators().forEach(c -> organisation(creators.addObject(), c));
        }
        Nodes.putIfPresent(o, "datePublished", r.issued());
        Nodes.putIfPresent(o, "dateModified", r.modified());
        Nodes.putIfPresent(o, "license", r.licence());
        Nodes.putIfPresent(o, "timeRequired", r.timeRequired());
        Nodes.putIfPresent(o, "version", r.version());
        o.put("creativeWorkStatus", v.label(r.status()));
        if (!r.audiences().isEmpty()) {
            ArrayNode audiences = o.putArray("audience");
            r.audiences().forEach(a -> {
                ObjectNode audience = audiences.addObject();
                audience.put("@type", "Audience");
                audience.put("audienceType", v.label(a));
            });
        }
        if (!r.topics().isEmpty()) {
            ArrayNode keywords = o.putArray("keywords");
            r.topics().forEach(t -> keywords.add(v.label(t)));
        }
        Set<String> features = new LinkedHashSet<>();
        r.formats().forEach(f -> f.accessibilityFeatures().forEach(a -> features.add(a.code())));
        if (!features.isEmpty()) {
            ArrayNode list = o.putArray("accessibilityFeature");
            features.forEach(list::add);
        }
        if (!r.formats().isEmpty()) {
            ArrayNode encodings = o.putArray("encoding");
            for (Format f : r.formats()) {
                ObjectNode media = encodings.addObject();
                media.put("@type", f.isVideo() ? "VideoObject" : "MediaObject");
                Nodes.putIfPresent(media, "contentUrl", f.url());
                media.put("encodingFormat", f.mediaType());
                if (f.byteSize() != null) {
                    media.put("contentSize", f.byteSize() + " B");
                }
                Nodes.putIfPresent(media, "duration", f.duration());
                if (f.has(AccessibilityFeature.TRANSCRIPT) && f.transcriptUrl() != null) {
                    media.put("transcript", f.transcriptUrl().toString());
                }
            }
            r.formats().stream().filter(Format::isVideo).map(Format::duration).filter(d -> d != null).findFirst()
                    .ifPresent(d -> o.put("duration", d.toString()));
        }
        for (Alternative alternative : r.alternatives()) {
            String property = alternative.kind() == AlternativeKind.TRANSLATION ? "workTranslation" : "workExample";
            ArrayNode list = o.has(property) ? (ArrayNode) o.get(property) : o.putArray(property);
            ObjectNode work = reference(list.addObject(), snapshot, alternative.target());
            work.put("additionalType", alternative.kind().code());
        }
        if (!r.partOf().isEmpty()) {
            ArrayNode parts = o.putArray("isPartOf");
            r.partOf().forEach(id -> reference(parts.addObject(), snapshot, id));
        }
        return o;
    }

    private static ObjectNode reference(ObjectNode node, CatalogSnapshot snapshot, ResourceId id) {
        node.put("@type", "CreativeWork");
        node.put("identifier", id.toString());
        snapshot.find(id).ifPresent(target -> {
            node.put("name", target.title());
            node.put("inLanguage", target.language());
            if (target.landingPage() != null) {
                node.put("url", target.landingPage().toString());
            }
        });
        return node;
    }

    private static void organisation(ObjectNode node, String name) {
        node.put("@type", "Organization");
        node.put("name", name);
    }

}
