package uk.nhs.coproduction.alwaysevents.store.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uk.nhs.coproduction.alwaysevents.store.EventFormatException;

/**
 * Reads one JSON object field by field, naming the path of every problem ({@code data.plan.plannedOn}).
 * Messages never repeat the text of a field, which may be personal.
 */
final class JsonIn {

    private final JsonNode node;
    private final String path;

    JsonIn(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new EventFormatException(path.isEmpty() ? "(document)" : path, "must be a JSON object");
        }
        this.node = node;
        this.path = path;
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new EventFormatException(at(field), "is required");
        }
        return value;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field) {
        JsonNode value = required(field);
        if (!value.isString()) {
            throw new EventFormatException(at(field), "must be text");
        }
        return value.asString();
    }

    @Nullable String optionalText(String field) {
        return has(field) ? text(field) : null;
    }

    int integer(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new EventFormatException(at(field), "must be a whole number");
        }
        return value.asInt();
    }

    long whole(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new EventFormatException(at(field), "must be a whole number");
        }
        return value.asLong();
    }

    double decimal(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw new EventFormatException(at(field), "must be a number");
        }
        return value.asDouble();
    }

    boolean bool(String field) {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw new EventFormatException(at(field), "must be true or false");
        }
        return value.asBoolean();
    }

    LocalDate date(String field) {
        String text = text(field);
        try {
            return Dates.date(text);
        } catch (DateTimeParseException e) {
            throw new EventFormatException(at(field), "must be a date such as 2017-06-30");
        }
    }

    @Nullable LocalDate optionalDate(String field) {
        return has(field) ? date(field) : null;
    }

    Instant instant(String field) {
        String text = text(field);
        try {
            return Dates.instant(text);
        } catch (DateTimeParseException e) {
            throw new EventFormatException(at(field), "must be a UTC time such as 2017-06-30T09:15:00Z");
        }
    }

    <E extends Enum<E>> E constant(String field, Class<E> type) {
        String text = text(field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new EventFormatException(at(field), "must be one of " + List.of(type.getEnumConstants()));
    }

    JsonIn object(String field) {
        return new JsonIn(required(field), at(field));
    }

    @Nullable JsonIn optionalObject(String field) {
        return has(field) ? object(field) : null;
    }

    /** The array at {@code field}, each element read by {@code reader} with its own path. */
    <T> List<T> list(String field, Function<JsonIn, T> reader) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw new EventFormatException(at(field), "must be an array");
        }
        List<T> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(reader.apply(new JsonIn(value.get(i), at(field) + "[" + i + "]")));
        }
        return items;
    }

    /** The array of text at {@code field}, each converted by {@code convert}. */
    <T> List<T> texts(String field, Function<String, T> convert) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw new EventFormatException(at(field), "must be an array");
        }
        List<T> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = at(field) + "[" + i + "]";
            if (!item.isString()) {
                throw new EventFormatException(itemPath, "must be text");
            }
            items.add(build(itemPath, () -> convert.apply(item.asString())));
        }
        return items;
    }

    /** The array of numbers at {@code field}. */
    List<Double> decimals(String field) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw new EventFormatException(at(field), "must be an array");
        }
        List<Double> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isNumber()) {
                throw new EventFormatException(at(field) + "[" + i + "]", "must be a number");
            }
            items.add(item.asDouble());
        }
        return items;
    }

    /** Builds a value, reporting a refusal by its constructor at this object's path. */
    <T> T build(java.util.function.Supplier<T> constructor) {
        return build(path, constructor);
    }

    private static <T> T build(String path, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventFormatException(path.isEmpty() ? "(document)" : path, "is not valid: " + e.getMessage());
        }
    }
}
