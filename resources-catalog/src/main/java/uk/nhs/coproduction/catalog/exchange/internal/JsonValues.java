package uk.nhs.coproduction.catalog.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reading typed values out of JSON objects, recording a located error for each wrong shape. */
final class JsonValues {

    private JsonValues() {
    }

    static @Nullable String text(JsonNode object, String name, int row, String column, Problems problems) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(row, column, "must be a string");
            return null;
        }
        String text = value.stringValue();
        return text.isEmpty() ? null : text;
    }

    static List<String> texts(JsonNode object, String name, int row, String column, Problems problems) {
        List<String> values = new ArrayList<>();
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return values;
        }
        if (!value.isArray()) {
            problems.add(row, column, "must be an array of strings");
            return values;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isString() || item.stringValue().isEmpty()) {
                problems.add(row, column + "[" + (i + 1) + "]", "must be a non-empty string");
            } else {
                values.add(item.stringValue());
            }
        }
        return values;
    }

    static @Nullable Long whole(JsonNode object, String name, int row, String column, Problems problems) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problems.add(row, column, "must be a whole number");
            return null;
        }
        long number = value.longValue();
        if (number < 1) {
            problems.add(row, column, "must be at least 1, was " + number);
            return null;
        }
        return number;
    }
}
