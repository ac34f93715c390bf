package uk.nhs.coproduction.catalog.exchange.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import uk.nhs.coproduction.catalog.resource.AccessibilityFeature;
import uk.nhs.coproduction.catalog.resource.AlternativeKind;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.ControlledTerm;
import uk.nhs.coproduction.catalog.resource.FormatGroup;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.KindMapping;
import uk.nhs.coproduction.catalog.resource.Status;
import uk.nhs.coproduction.catalog.resource.Term;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/** Reads the vocabularies JSON form. Errors name the property that is wrong. */
public final class VocabulariesCodec {

    private VocabulariesCodec() {
    }

    /**
     * Reads vocabularies.
     *
     * @throws IllegalArgumentException naming the property that is wrong
     */
    public static Vocabularies read(InputStream in) {
        JsonNode root;
        try {
            root = CatalogJsonCodec.MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("vocabularies: not valid JSON: " + e.getOriginalMessage(), e);
        }
        String version = required(root, "version", "vocabularies").stringValue();
        Map<ControlledTerm, Term> terms = new LinkedHashMap<>();
        Map<Kind, KindMapping> mappings = new EnumMap<>(Kind.class);
        for (JsonNode node : array(root, "kinds")) {
            Kind kind = ControlledTerm.parse(Kind.class, required(node, "code", "kinds").stringValue());
            terms.put(kind, term(node, "kinds"));
            mappings.put(kind, new KindMapping(required(node, "schemaType", "kinds").stringValue(),
                    required(node, "learningResourceType", "kinds").stringValue(),
                    required(node, "dcmiType", "kinds").stringValue()));
        }
        putTerms(root, "audiences", Audience.class, terms);
        putTerms(root, "statuses", Status.class, terms);
        putTerms(root, "accessibilityFeatures", AccessibilityFeature.class, terms);
        putTerms(root, "alternativeKinds", AlternativeKind.class, terms);
        List<Term> topics = new ArrayList<>();
        for (JsonNode node : array(root, "topics")) {
            topics.add(term(node, "topics"));
        }
        List<FormatGroup> groups = new ArrayList<>();
        for (JsonNode node : array(root, "formatGroups")) {
            List<String> types = new ArrayList<>();
            for (JsonNode type : array(node, "mediaTypes")) {
                types.add(type.stringValue());
            }
            groups.add(new FormatGroup(required(node, "code", "formatGroups").stringValue(),
                    required(node, "label", "formatGroups").stringValue(), types));
        }
        List<List<String>> synonyms = new ArrayList<>();
        for (JsonNode group : array(root, "synonyms")) {
            List<String> words = new ArrayList<>();
            for (JsonNode word : group) {
                words.add(word.stringValue());
            }
            if (words.size() < 2) {
                throw new IllegalArgumentException("vocabularies: a synonym group has at least two entries: " + words);
            }
            synonyms.add(words);
        }
        return Vocabularies.of(version, terms, topics, mappings, groups, synonyms);
    }

    private static <E extends Enum<E> & ControlledTerm> void putTerms(JsonNode root, String name, Class<E> type,
            Map<ControlledTerm, Term> terms) {
        for (JsonNode node : array(root, name)) {
            terms.put(ControlledTerm.parse(type, required(node, "code", name).stringValue()), term(node, name));
        }
    }

    private static Term term(JsonNode node, String where) {
        List<String> synonyms = new ArrayList<>();
        JsonNode list = node.get("synonyms");
        if (list != null) {
            list.forEach(s -> synonyms.add(s.stringValue()));
        }
        JsonNode definition = node.get("definition");
        @Nullable String text = definition == null ? null : definition.stringValue();
        return new Term(required(node, "code", where).stringValue(), required(node, "label", where).stringValue(),
                text, synonyms);
    }

    private static JsonNode array(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("vocabularies: '" + name + "' must be an array");
        }
        return value;
    }

    private static JsonNode required(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new IllegalArgumentException("vocabularies: " + where + "." + name + " must be a non-empty string");
        }
        return value;
    }
}
