package uk.nhs.coproduction.alwaysevents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.model.framework.Confidence;
import uk.nhs.coproduction.model.framework.ConfidenceLevel;
import uk.nhs.coproduction.model.framework.EditionDate;
import uk.nhs.coproduction.model.framework.FrameworkEdition;
import uk.nhs.coproduction.model.framework.Source;

/**
 * Reads the versioned JSON data of this module (the workflow definition, the criteria, the
 * progress scale) and documents supplied by organisations in the same form. Every problem names
 * the document and the field.
 */
public final class BundledJson {

    /** A strict mapper: duplicate keys and trailing content are refused. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private BundledJson() {
    }

    /** Reads a resource that sits beside {@code anchor} in its package. */
    public static JsonNode resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled data " + name + " is missing beside " + anchor.getName());
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data " + name, e);
        } catch (JacksonException e) {
            throw new IllegalStateException("bundled data " + name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses a document given as text; {@code what} names it in error messages. */
    public static JsonNode parse(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new IllegalArgumentException(what + " is not valid JSON"
                    + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The object at {@code field}; refused when missing or not an object. */
    public static JsonNode object(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException(where + "." + field + ": an object is required");
        }
        return value;
    }

    /** The array at {@code field}; refused when missing or not an array. */
    public static List<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException(where + "." + field + ": an array is required");
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    /** The non-blank text at {@code field}; refused when missing, blank or not text. */
    public static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException(where + "." + field + ": text is required");
        }
        return value.asString();
    }

    /** The text at {@code field}, or null when absent or JSON null. */
    public static @Nullable String optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return text(node, field, where);
    }

    /** The number at {@code field}; refused when missing or not a number. */
    public static double number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException(where + "." + field + ": a number is required");
        }
        return value.asDouble();
    }

    /** The whole number at {@code field}; refused when missing or not a whole number. */
    public static int integer(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(where + "." + field + ": a whole number is required");
        }
        return value.asInt();
    }

    /** The constant of {@code type} named at {@code field}. */
    public static <E extends Enum<E>> E constant(JsonNode node, String field, Class<E> type, String where) {
        String name = text(node, field, where);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "." + field + ": '" + name + "' is not one of "
                    + List.of(type.getEnumConstants()), e);
        }
    }

    /** Reads an "edition" block: title, publisher, edition, date, sources and confidence. */
    public static FrameworkEdition edition(JsonNode document, String where) {
        String at = where + ".edition";
        JsonNode node = object(document, "edition", where);
        String date = optionalText(node, "date", at);
        List<Source> sources = new ArrayList<>();
        List<JsonNode> sourceNodes = array(node, "sources", at);
        for (int i = 0; i < sourceNodes.size(); i++) {
            JsonNode source = sourceNodes.get(i);
            String sourceAt = at + ".sources[" + i + "]";
            String url = optionalText(source, "url", sourceAt);
            sources.add(new Source(text(source, "title", sourceAt), text(source, "publisher", sourceAt),
                    url == null ? null : URI.create(url)));
        }
        JsonNode confidence = object(node, "confidence", at);
        return new FrameworkEdition(text(node, "title", at), text(node, "publisher", at), text(node, "edition", at),
                date == null ? null : EditionDate.parse(date), sources,
                Confidence.of(constant(confidence, "level", ConfidenceLevel.class, at + ".confidence"),
                        text(confidence, "note", at + ".confidence")));
    }

    /** Writes an "edition" block in the form {@link #edition} reads. */
    public static void writeEdition(ObjectNode parent, FrameworkEdition edition) {
        ObjectNode node = parent.putObject("edition");
        node.put("title", edition.title());
        node.put("publisher", edition.publisher());
        node.put("edition", edition.edition());
        if (edition.date() != null) {
            node.put("date", edition.date().toString());
        }
        ArrayNode sources = node.putArray("sources");
        for (Source source : edition.sources()) {
            ObjectNode item = sources.addObject();
            item.put("title", source.title());
            item.put("publisher", source.publisher());
            if (source.url() != null) {
                item.put("url", source.url().toString());
            }
        }
        ObjectNode confidence = node.putObject("confidence");
        confidence.put("level", edition.confidence().level().name());
        confidence.put("note", edition.confidence().note());
    }

    /** {@code node} as JSON with two-space indentation and "\n" line ends on every platform. */
    public static String pretty(JsonNode node) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return MAPPER.writer().with(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter))
                .writeValueAsString(node) + "\n";
    }
}
