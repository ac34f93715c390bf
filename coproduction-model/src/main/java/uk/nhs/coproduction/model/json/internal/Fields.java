package uk.nhs.coproduction.model.json.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object, reporting every problem (missing, of the wrong type, an
 * unknown value, an unknown field) at its path, and never the value itself. Each getter returns
 * null when the field is absent or wrong; the codecs build a value only when nothing they need is
 * null.
 */
public final class Fields {

    private final @Nullable JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> read = new LinkedHashSet<>();

    private Fields(@Nullable JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of {@code node} at {@code path}; reports a problem if it is not an object. */
    static Fields of(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be an object, in braces { }");
            return new Fields(null, path, problems);
        }
        return new Fields(node, path, problems);
    }

    /** The path of this object. */
    public String path() {
        return path;
    }

    /** The problems of the whole document. */
    public Problems problems() {
        return problems;
    }

    private String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private @Nullable JsonNode value(String name, boolean required) {
        read.add(name);
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(at(name), "is required but missing");
            }
            return null;
        }
        return value;
    }

    /** A required text field. */
    public @Nullable String text(String name) {
        return text(name, true);
    }

    /** An optional text field. */
    public @Nullable String optionalText(String name) {
        return text(name, false);
    }

    private @Nullable String text(String name, boolean required) {
        JsonNode value = value(name, required);
        return value == null ? null : asText(value, at(name));
    }

    private @Nullable String asText(JsonNode value, String where) {
        if (!value.isString()) {
            problems.add(where, "must be text, in double quotes");
            return null;
        }
        return value.stringValue();
    }

    /** A required whole number. */
    public @Nullable Integer integer(String name) {
        JsonNode value = value(name, true);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(at(name), "must be a whole number");
            return null;
        }
        return value.intValue();
    }

    /** A required decimal number. */
    public @Nullable BigDecimal decimal(String name) {
        JsonNode value = value(name, true);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(at(name), "must be a number, such as 150.00");
            return null;
        }
        return value.decimalValue();
    }

    /** A required date such as 2026-03-14. */
    public @Nullable LocalDate date(String name) {
        return date(name, true);
    }

    /** An optional date such as 2026-03-14. */
    public @Nullable LocalDate optionalDate(String name) {
        return date(name, false);
    }

    private @Nullable LocalDate date(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        String text = asText(value, at(name));
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at(name), "must be a real date written as year-month-day, such as 2026-03-14");
            return null;
        }
    }

    /** An optional web address. */
    public @Nullable URI optionalUri(String name) {
        String text = optionalText(name);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                problems.add(at(name), "must be a web address starting https:// or http://");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add(at(name), "must be a well-formed web address");
            return null;
        }
    }

    /** A required value of {@code type}, written as the constant's name. */
    public <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
        return enumValue(name, type, true);
    }

    /** An optional value of {@code type}, written as the constant's name. */
    public <E extends Enum<E>> @Nullable E optionalEnumValue(String name, Class<E> type) {
        return enumValue(name, type, false);
    }

    private <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type, boolean required) {
        JsonNode value = value(name, required);
        return value == null ? null : asEnum(value, at(name), type);
    }

    private <E extends Enum<E>> @Nullable E asEnum(JsonNode value, String where, Class<E> type) {
        String text = asText(value, where);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problems.add(where, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** A set of values of {@code type}; an absent optional set is empty. */
    public <E extends Enum<E>> @Nullable Set<E> enumSet(String name, Class<E> type, boolean required) {
        List<E> values = list(name, required, (element, where) -> asEnum(element, where, type));
        if (values == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }

    /** A required list of text. */
    public @Nullable List<String> texts(String name) {
        return list(name, true, this::asText);
    }

    /**
     * A list whose elements {@code element} reads from each node and its path; null if absent or
     * if any element has a problem. An absent optional list is empty.
     */
    public <T> @Nullable List<T> list(String name, boolean required,
            BiFunction<JsonNode, String, @Nullable T> element) {
        JsonNode value = value(name, required);
        if (value == null) {
            return required || node == null ? null : new ArrayList<>();
        }
        if (!value.isArray()) {
            problems.add(at(name), "must be a list, in square brackets [ ]");
            return null;
        }
        List<T> items = new ArrayList<>(value.size());
        boolean complete = true;
        for (int i = 0; i < value.size(); i++) {
            T item = element.apply(value.get(i), at(name) + "[" + i + "]");
            if (item == null) {
                complete = false;
            } else {
                items.add(item);
            }
        }
        return complete ? items : null;
    }

    /** A list of objects, each read by {@code reader}. */
    public <T> @Nullable List<T> objects(String name, boolean required, Function<Fields, @Nullable T> reader) {
        return list(name, required, (element, where) -> readObject(element, where, reader));
    }

    /** A nested object, read by {@code reader}. */
    public <T> @Nullable T object(String name, boolean required, Function<Fields, @Nullable T> reader) {
        JsonNode value = value(name, required);
        return value == null ? null : readObject(value, at(name), reader);
    }

    private <T> @Nullable T readObject(JsonNode value, String where, Function<Fields, @Nullable T> reader) {
        Fields fields = Fields.of(value, where, problems);
        if (fields.node == null) {
            return null;
        }
        int before = problems.count();
        T result = reader.apply(fields);
        fields.end();
        return problems.count() == before ? result : null;
    }

    /** Whether {@code name} is present with a value other than null. */
    public boolean has(String name) {
        return node != null && node.hasNonNull(name);
    }

    /** Reports every field of this object that no getter asked for. */
    void end() {
        if (node == null) {
            return;
        }
        Collection<String> names = node.propertyNames();
        for (String name : names) {
            if (!read.contains(name)) {
                problems.add(at(name), "is not a field of this object");
            }
        }
    }

    /**
     * Builds a value, turning a domain type's refusal (such as a malformed partner id) into a
     * problem at this object's path. Domain messages never contain the refused value.
     */
    public <T> @Nullable T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(path, String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** Builds a value at the path of field {@code name}, as {@link #build(Supplier)}. */
    public <T> @Nullable T build(String name, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(at(name), String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** Reports a problem at field {@code name}. */
    public void problem(String name, String message) {
        problems.add(at(name), message);
    }

    /** Builds a text element of a list (such as a partner id) with {@code constructor}. */
    public @Nullable <T> T buildText(JsonNode element, String where, Function<String, T> constructor) {
        String text = asText(element, where);
        if (text == null) {
            return null;
        }
        try {
            return constructor.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(where, String.valueOf(e.getMessage()));
            return null;
        }
    }
}
