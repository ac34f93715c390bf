package uk.nhs.coproduction.catalog.exchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.catalog.exchange.ImportResult;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.release.ReleaseNote;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.ControlledTerm;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.PartialDate;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceField;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/** The catalogue JSON form: reading with every error located, and writing. */
public final class CatalogJsonCodec {

    /** One shared mapper: thread-safe once built. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Set<String> TOP = Set.of("$schema", "catalogue", "resources", "changelog");
    private static final Set<String> INFO = Set.of("namespace", "title", "publisher", "version", "issued", "description");
    private static final Set<String> NOTE = Set.of("version", "issued", "notes", "added", "changed", "deprecated",
            "withdrawn");

    private CatalogJsonCodec() {
    }

    /** Reads a whole catalogue release. */
    public static ImportResult<CatalogRelease> read(JsonNode root, Vocabularies vocabularies) {
        Problems problems = new Problems();
        if (!root.isObject()) {
            problems.add(0, "(document)", "a catalogue file is a JSON object with catalogue, resources and changelog");
            return new ImportResult.Refused<>(problems.errors());
        }
        unknown(root, TOP, 0, "", problems);
        CatalogInfo info = info(root.get("catalogue"), problems);
        List<Uniqueness.Located> rows = resources(root.get("resources"), vocabularies, problems);
        List<ReleaseNote> changelog = changelog(root.get("changelog"), problems);
        Uniqueness.check(rows, info == null ? null : info.namespace(), problems);
        List<Resource> resources = rows.stream().map(Uniqueness.Located::resource).toList();
        if (problems.any() || info == null) {
            return new ImportResult.Refused<>(problems.errors());
        }
        return new ImportResult.Accepted<>(new CatalogRelease(info, resources, changelog));
    }

    /** Reads a JSON array of resources (or a catalogue's "resources"), each row its position from 1. */
    static List<Uniqueness.Located> resources(@Nullable JsonNode array, Vocabularies vocabularies,
            Problems problems) {
        List<Uniqueness.Located> resources = new ArrayList<>();
        if (array == null || array.isNull()) {
            problems.add(0, "resources", "is required (an array of resources, possibly empty)");
            return resources;
        }
        if (!array.isArray()) {
            problems.add(0, "resources", "must be an array of resource objects");
            return resources;
        }
        ResourceAssembler assembler = new ResourceAssembler(vocabularies);
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problems.add(i + 1, "(resource)", "must be a JSON object");
                continue;
            }
            Resource resource = assembler.assemble(new JsonResourceRecord(node, i + 1, problems), problems);
            if (resource != null) {
                resources.add(new Uniqueness.Located(i + 1, resource));
            }
        }
        return resources;
    }

    private static @Nullable CatalogInfo info(@Nullable JsonNode node, Problems problems) {
        if (node == null || !node.isObject()) {
            problems.add(0, "catalogue", "is required: an object with namespace, title and version");
            return null;
        }
        unknown(node, INFO, 0, "catalogue.", problems);
        String namespace = JsonValues.text(node, "namespace", 0, "catalogue.namespace", problems);
        String title = JsonValues.text(node, "title", 0, "catalogue.title", problems);
        String publisher = JsonValues.text(node, "publisher", 0, "catalogue.publisher", problems);
        String version = JsonValues.text(node, "version", 0, "catalogue.version", problems);
        String issuedText = JsonValues.text(node, "issued", 0, "catalogue.issued", problems);
        String description = JsonValues.text(node, "description", 0, "catalogue.description", problems);
        PartialDate issued = issuedText == null ? null
                : problems.attempt(0, "catalogue.issued", () -> PartialDate.parse(issuedText));
        if (namespace == null || title == null || version == null) {
            problems.add(0, "catalogue", "namespace, title and version are required");
            return null;
        }
        return problems.attempt(0, "catalogue",
                () -> new CatalogInfo(namespace, title, publisher, version, issued, description));
    }

    private static List<ReleaseNote> changelog(@Nullable JsonNode array, Problems problems) {
        List<ReleaseNote> notes = new ArrayList<>();
        if (array == null || array.isNull()) {
            return notes;
        }
        if (!array.isArray()) {
            problems.add(0, "changelog", "must be an array of release notes");
            return notes;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String at = "changelog[" + (i + 1) + "]";
            if (!node.isObject()) {
                problems.add(0, at, "must be an object");
                continue;
            }
            unknown(node, NOTE, 0, at + ".", problems);
            String version = JsonValues.text(node, "version", 0, at + ".version", problems);
            String issuedText = JsonValues.text(node, "issued", 0, at + ".issued", problems);
            String text = JsonValues.text(node, "notes", 0, at + ".notes", problems);
            PartialDate issued = issuedText == null ? null
                    : problems.attempt(0, at + ".issued", () -> PartialDate.parse(issuedText));
            List<Set<ResourceId>> lists = new ArrayList<>();
            for (String name : List.of("added", "changed", "deprecated", "withdrawn")) {
                Set<ResourceId> ids = new LinkedHashSet<>();
                for (String id : JsonValues.texts(node, name, 0, at + "." + name, problems)) {
                    ResourceId parsed = problems.attempt(0, at + "." + name, () -> ResourceId.parse(id));
                    if (parsed != null) {
                        ids.add(parsed);
                    }
                }
                lists.add(ids);
            }
            if (version == null) {
                problems.add(0, at + ".version", "is required");
                continue;
            }
            notes.add(new ReleaseNote(version, issued, text == null ? "" : text, lists.get(0), lists.get(1),
                    lists.get(2), lists.get(3)));
        }
        return notes;
    }

    private static void unknown(JsonNode node, Set<String> known, int row, String prefix, Problems problems) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(row, prefix + name, "is not a known property");
            }
        }
    }

    /** Writes a whole release. */
    public static ObjectNode write(CatalogRelease release) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode info = root.putObject("catalogue");
        CatalogInfo i = release.info();
        info.put("namespace", i.namespace());
        info.put("title", i.title());
        Nodes.putIfPresent(info, "publisher", i.publisher());
        info.put("version", i.version());
        Nodes.putIfPresent(info, "issued", i.issued());
        Nodes.putIfPresent(info, "description", i.description());
        ArrayNode resources = root.putArray("resources");
        release.resources().forEach(r -> resources.add(write(r)));
        ArrayNode changelog = root.putArray("changelog");
        for (ReleaseNote note : release.changelog()) {
            ObjectNode n = changelog.addObject();
            n.put("version", note.version());
            Nodes.putIfPresent(n, "issued", note.issued());
            n.put("notes", note.notes());
            Nodes.putTexts(n, "added", note.added());
            Nodes.putTexts(n, "changed", note.changed());
            Nodes.putTexts(n, "deprecated", note.deprecated());
            Nodes.putTexts(n, "withdrawn", note.withdrawn());
        }
        return root;
    }

    /** Writes one resource; empty lists and unknown values are left out. */
    public static ObjectNode write(Resource r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put(ResourceField.ID.wireName(), r.id().toString());
        o.put(ResourceField.SLUG.wireName(), r.slug());
        Nodes.putTexts(o, ResourceField.FORMER_SLUGS.wireName(), r.formerSlugs());
        o.put(ResourceField.TITLE.wireName(), r.title());
        o.put(ResourceField.SUMMARY.wireName(), r.summary());
        o.put(ResourceField.KIND.wireName(), r.kind().code());
        Nodes.putTexts(o, ResourceField.AUDIENCES.wireName(), r.audiences().stream().map(ControlledTerm::code).toList());
        Nodes.putTexts(o, ResourceField.TOPICS.wireName(), r.topics());
        o.put(ResourceField.LANGUAGE.wireName(), r.language());
        Nodes.putIfPresent(o, ResourceField.PUBLISHER.wireName(), r.publisher());
        Nodes.putTexts(o, ResourceField.CREATORS.wireName(), r.creators());
        Nodes.putIfPresent(o, ResourceField.ISSUED.wireName(), r.issued());
        Nodes.putIfPresent(o, ResourceField.MODIFIED.wireName(), r.modified());
        Nodes.putIfPresent(o, ResourceField.LICENCE.wireName(), r.licence());
        Nodes.putIfPresent(o, ResourceField.TIME_REQUIRED.wireName(), r.timeRequired());
        Nodes.putIfPresent(o, ResourceField.LANDING_PAGE.wireName(), r.landingPage());
        if (!r.formats().isEmpty()) {
            ArrayNode formats = o.putArray(ResourceField.FORMATS.wireName());
            for (Format f : r.formats()) {
                ObjectNode fo = formats.addObject();
                fo.put("mediaType", f.mediaType());
                Nodes.putIfPresent(fo, "url", f.url());
                if (f.byteSize() != null) {
                    fo.put("byteSize", f.byteSize().longValue());
                }
                if (f.pageCount() != null) {
                    fo.put("pageCount", f.pageCount().intValue());
                }
                Nodes.putIfPresent(fo, "duration", f.duration());
                Nodes.putIfPresent(fo, "transcriptUrl", f.transcriptUrl());
                Nodes.putTexts(fo, "accessibilityFeatures",
                        f.accessibilityFeatures().stream().map(ControlledTerm::code).toList());
            }
        }
        if (!r.alternatives().isEmpty()) {
            ArrayNode alternatives = o.putArray(ResourceField.ALTERNATIVES.wireName());
            for (Alternative a : r.alternatives()) {
                ObjectNode ao = alternatives.addObject();
                ao.put("kind", a.kind().code());
                ao.put("target", a.target().toString());
            }
        }
        Nodes.putTexts(o, ResourceField.PART_OF.wireName(), r.partOf());
        o.put(ResourceField.STATUS.wireName(), r.status().code());
        Nodes.putIfPresent(o, ResourceField.VERSION.wireName(), r.version());
        Nodes.putTexts(o, ResourceField.REPLACES.wireName(), r.replaces());
        Nodes.putIfPresent(o, ResourceField.REPLACED_BY.wireName(), r.replacedBy());
        Nodes.putIfPresent(o, ResourceField.WITHDRAWAL_REASON.wireName(), r.withdrawalReason());
        return o;
    }

}
