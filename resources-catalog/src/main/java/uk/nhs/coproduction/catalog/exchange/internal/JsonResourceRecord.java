package uk.nhs.coproduction.catalog.exchange.internal;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uk.nhs.coproduction.catalog.resource.AccessibilityFeature;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.ControlledTerm;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.ResourceField;

/** A resource as a JSON object; errors are located by property path. */
final class JsonResourceRecord implements RawRecord {

    private static final java.util.Set<String> FORMAT_PROPERTIES = java.util.Set.of("mediaType", "url", "byteSize",
            "pageCount", "duration", "transcriptUrl", "accessibilityFeatures");

    private final JsonNode node;
    private final int row;

    JsonResourceRecord(JsonNode node, int row, Problems problems) {
        this.node = node;
        this.row = row;
        java.util.Set<String> known = new java.util.HashSet<>();
        for (ResourceField field : ResourceField.values()) {
            known.add(field.wireName());
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(row, name, "is not a resource property");
            }
        }
    }

    @Override
    public int row() {
        return row;
    }

    @Override
    public String column(ResourceField field) {
        return field.wireName();
    }

    @Override
    public @Nullable String text(ResourceField field, Problems problems) {
        return JsonValues.text(node, field.wireName(), row, field.wireName(), problems);
    }

    @Override
    public List<String> texts(ResourceField field, Problems problems) {
        return JsonValues.texts(node, field.wireName(), row, field.wireName(), problems);
    }

    @Override
    public List<Format> formats(Problems problems) {
        List<Format> formats = new ArrayList<>();
        for (Located located : objects("formats", "mediaType, url, byteSize…", problems)) {
            JsonNode f = located.node();
            String at = located.at();
            for (String name : f.propertyNames()) {
                if (!FORMAT_PROPERTIES.contains(name)) {
                    problems.add(row, at + "." + name, "is not a format property");
                }
            }
            int before = problems.count();
            String mediaType = JsonValues.text(f, "mediaType", row, at + ".mediaType", problems);
            URI url = parse(f, "url", at, problems, ResourceAssembler::uri);
            Long byteSize = JsonValues.whole(f, "byteSize", row, at + ".byteSize", problems);
            Long pages = JsonValues.whole(f, "pageCount", row, at + ".pageCount", problems);
            Duration duration = parse(f, "duration", at, problems, ResourceAssembler::duration);
            URI transcript = parse(f, "transcriptUrl", at, problems, ResourceAssembler::uri);
            List<AccessibilityFeature> features = new ArrayList<>();
            for (String code : JsonValues.texts(f, "accessibilityFeatures", row, at + ".accessibilityFeatures", problems)) {
                AccessibilityFeature feature = problems.attempt(row, at + ".accessibilityFeatures",
                        () -> ControlledTerm.parse(AccessibilityFeature.class, code));
                if (feature != null) {
                    features.add(feature);
                }
            }
            if (mediaType == null) {
                problems.add(row, at + ".mediaType", "is required (such as application/pdf or text/html)");
            }
            if (pages != null && pages > Integer.MAX_VALUE) {
                problems.add(row, at + ".pageCount", "is too large");
                continue;
            }
            if (problems.count() > before) {
                continue;
            }
            Format format = problems.attempt(row, at, () -> ResourceAssembler.format(mediaType, url, byteSize,
                    pages == null ? null : pages.intValue(), duration, transcript, features));
            if (format != null) {
                formats.add(format);
            }
        }
        return formats;
    }

    @Override
    public List<Alternative> alternatives(Problems problems) {
        List<Alternative> alternatives = new ArrayList<>();
        for (Located located : objects("alternatives", "kind and target", problems)) {
            JsonNode a = located.node();
            String at = located.at();
            String kind = JsonValues.text(a, "kind", row, at + ".kind", problems);
            String target = JsonValues.text(a, "target", row, at + ".target", problems);
            if (kind == null || target == null) {
                problems.add(row, at, "an alternative has a kind and a target");
                continue;
            }
            Alternative alternative = problems.attempt(row, at, () -> ResourceAssembler.alternative(kind, target));
            if (alternative != null) {
                alternatives.add(alternative);
            }
        }
        return alternatives;
    }

    /** An object inside an array, with its path for errors. */
    private record Located(JsonNode node, String at) {
    }

    /** The objects of an array property; a missing property is empty, anything else wrong is an error. */
    private List<Located> objects(String name, String expected, Problems problems) {
        List<Located> objects = new ArrayList<>();
        JsonNode array = node.get(name);
        if (array == null || array.isNull()) {
            return objects;
        }
        if (!array.isArray()) {
            problems.add(row, name, "must be an array of objects with " + expected);
            return objects;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = name + "[" + (i + 1) + "]";
            if (array.get(i).isObject()) {
                objects.add(new Located(array.get(i), at));
            } else {
                problems.add(row, at, "must be an object with " + expected);
            }
        }
        return objects;
    }

    private <T> @Nullable T parse(JsonNode f, String name, String at, Problems problems,
            java.util.function.Function<String, T> parser) {
        String text = JsonValues.text(f, name, row, at + "." + name, problems);
        return text == null ? null : problems.attempt(row, at + "." + name, () -> parser.apply(text));
    }
}
