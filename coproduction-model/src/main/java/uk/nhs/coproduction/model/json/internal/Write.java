package uk.nhs.coproduction.model.json.internal;

import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers for writing fields in a fixed order, leaving out absent optional ones. */
final class Write {

    private Write() {
    }

    static void text(ObjectNode node, String name, @Nullable Object value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    static void date(ObjectNode node, String name, @Nullable LocalDate value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    static void names(ObjectNode node, String name, Collection<? extends Enum<?>> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(v -> array.add(v.name()));
    }

    static void texts(ObjectNode node, String name, Collection<?> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(v -> array.add(v.toString()));
    }
}
