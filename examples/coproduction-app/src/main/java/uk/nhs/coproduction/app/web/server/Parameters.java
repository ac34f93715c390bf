package uk.nhs.coproduction.app.web.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;
import org.jspecify.annotations.Nullable;

/**
 * Named text values, each name possibly repeated: a query string ({@code ?kind=guide&kind=film})
 * or the text fields of a form. Names and values are decoded; a name given with no value has the
 * value "".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Parameters {

    /** No parameters. */
    public static final Parameters NONE = new Parameters(Map.of());

    private final Map<String, List<String>> values;

    private Parameters(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        this.values = Collections.unmodifiableMap(copy);
    }

    /** Parameters from a map of names to values, in the map's order. */
    public static Parameters of(Map<String, List<String>> values) {
        return new Parameters(values);
    }

    /**
     * Decodes {@code application/x-www-form-urlencoded} text, as in a query string or a form body,
     * with Jetty's decoder: {@code +} is a space and {@code %XX} a UTF-8 byte. Malformed escapes are
     * refused.
     *
     * @throws RequestRefused (400) if an escape is malformed
     */
    public static Parameters parse(@Nullable String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return NONE;
        }
        Fields fields = new Fields(true); // names are case-sensitive
        try {
            UrlEncoded.decodeUtf8To(encoded, fields);
        } catch (IllegalArgumentException e) {
            throw new RequestRefused(400, "The address or form has a malformed %-escape.");
        }
        return of(fields);
    }

    /** Parameters from the fields Jetty parsed, in their order. */
    static Parameters of(Fields fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Fields.Field field : fields) {
            List<String> list = values.computeIfAbsent(field.getName(), k -> new ArrayList<>());
            if (field.getValues().isEmpty()) {
                list.add(""); // a name given with no value
            } else {
                list.addAll(field.getValues());
            }
        }
        return new Parameters(values);
    }

    /** The first value of a parameter, or null if it is not given. */
    public @Nullable String first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** The first value of a parameter, stripped, or {@code otherwise} if it is not given or blank. */
    public String text(String name, String otherwise) {
        String value = first(name);
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    /** Every value of a parameter, in order, never null. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Every non-blank value of a parameter, split at commas and stripped (for {@code ?kind=guide,film}). */
    public List<String> list(String name) {
        List<String> list = new ArrayList<>();
        for (String value : all(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    list.add(part.strip());
                }
            }
        }
        return list;
    }

    /** Whether a parameter is given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The names given, in order. */
    public Set<String> names() {
        return values.keySet();
    }

    @Override
    public String toString() {
        return "Parameters" + values.keySet();
    }
}
