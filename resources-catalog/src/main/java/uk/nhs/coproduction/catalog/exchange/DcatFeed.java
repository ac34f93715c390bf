package uk.nhs.coproduction.catalog.exchange;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.catalog.exchange.internal.CatalogJsonCodec;
import uk.nhs.coproduction.catalog.exchange.internal.Nodes;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.ReleaseNote;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.Status;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * The whole catalogue as a DCAT 3 feed in JSON-LD, for other systems to harvest: a
 * {@code dcat:Catalog} whose {@code dcat:resource}s carry Dublin Core terms, {@code adms:status}
 * (withdrawn resources are included, marked {@code Withdrawn}, so harvesters remove them rather
 * than keep stale copies), {@code dct:replaces}/{@code dct:isReplacedBy}, {@code dct:isPartOf},
 * {@code dct:hasFormat} for alternatives and {@code dcat:distribution}s for files. Resources hidden
 * by a local overlay are left out.
 *
 * @since 0.1.0
 */
public final class DcatFeed {

    private static final String ADMS_STATUS = "http://purl.org/adms/status/";

    private DcatFeed() {
    }

    /**
     * {@return the feed}
     *
     * @param snapshot the catalogue
     * @param latestNotes the release note of the base catalogue's current version (as
     *     {@code adms:versionNotes}), or null
     */
    public static String write(CatalogSnapshot snapshot, @Nullable ReleaseNote latestNotes) {
        Vocabularies v = snapshot.vocabularies();
        ObjectNode root = CatalogJsonCodec.MAPPER.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("adms", "http://www.w3.org/ns/adms#");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("dctype", "http://purl.org/dc/dcmitype/");
        root.put("@type", "dcat:Catalog");
        CatalogInfo info = snapshot.info();
        root.put("dct:identifier", info.namespace());
        root.put("dct:title", info.title());
        Nodes.putIfPresent(root, "dct:description", info.description());
        if (info.publisher() != null) {
            organisation(root.putObject("dct:publisher"), info.publisher());
        }
        root.put("dcat:version", snapshot.version());
        Nodes.putIfPresent(root, "dct:issued", info.issued());
        if (latestNotes != null && !latestNotes.notes().isEmpty()) {
            root.put("adms:versionNotes", latestNotes.notes());
        }
        ArrayNode resources = root.putArray("dcat:resource");
        for (Resource r : snapshot.resources()) {
            ObjectNode o = resources.addObject();
            o.put("@type", "dcat:Resource");
            o.put("dct:identifier", r.id().toString());
            o.put("dct:title", r.title());
            o.put("dct:description", r.summary());
            o.put("dct:type", "dctype:" + v.mapping(r.kind()).dcmiType());
            o.put("dct:language", r.language());
            if (r.landingPage() != null) {
                o.putObject("dcat:landingPage").put("@id", r.landingPage().toString());
            }
            if (r.publisher() != null) {
                organisation(o.putObject("dct:publisher"), r.publisher());
            }
            if (!r.creators().isEmpty()) {
                ArrayNode creators = o.putArray("dct:creator");
                r.creators().forEach(c -> organisation(creators.addObject(), c));
            }
            Nodes.putIfPresent(o, "dct:issued", r.issued());
            Nodes.putIfPresent(o, "dct:modified", r.modified());
            Nodes.putIfPresent(o, "dct:license", r.licence());
            Nodes.putIfPresent(o, "dcat:version", r.version());
            o.putObject("adms:status").put("@id", ADMS_STATUS + admsStatus(r.status()));
            if (r.withdrawalReason() != null) {
                o.put("adms:versionNotes", r.withdrawalReason());
            }
            keywords(o, r, v);
            Nodes.putTexts(o, "dct:replaces", r.replaces());
            if (r.replacedBy() != null) {
                o.put("dct:isReplacedBy", r.replacedBy().toString());
            }
            Nodes.putTexts(o, "dct:isPartOf", r.partOf());
            Nodes.putTexts(o, "dct:hasFormat", r.alternatives().stream().map(Alternative::target).toList());
            if (!r.formats().isEmpty()) {
                ArrayNode distributions = o.putArray("dcat:distribution");
                for (Format f : r.formats()) {
                    ObjectNode d = distributions.addObject();
                    d.put("@type", "dcat:Distribution");
                    if (f.url() != null) {
                        d.putObject(f.isWebPage() ? "dcat:accessURL" : "dcat:downloadURL").put("@id", f.url().toString());
                    }
                    d.put("dcat:mediaType", f.mediaType());
                    d.put("dct:format", v.formatGroup(f.mediaType()).label());
                    if (f.byteSize() != null) {
                        d.put("dcat:byteSize", f.byteSize().longValue());
                    }
                }
            }
        }
        return CatalogJsonCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /**
     * {@return the ADMS status name of a lifecycle status}
     *
     * @param status the lifecycle status
     */
    public static String admsStatus(Status status) {
        return switch (status) {
            case DRAFT -> "UnderDevelopment";
            case PUBLISHED -> "Completed";
            case DEPRECATED -> "Deprecated";
            case WITHDRAWN -> "Withdrawn";
        };
    }

    private static void keywords(ObjectNode o, Resource r, Vocabularies v) {
        Nodes.putTexts(o, "dcat:keyword", r.topics().stream().map(v::label).toList());
    }

    private static void organisation(ObjectNode node, String name) {
        node.put("@type", "foaf:Organization");
        node.put("foaf:name", name);
    }

}
