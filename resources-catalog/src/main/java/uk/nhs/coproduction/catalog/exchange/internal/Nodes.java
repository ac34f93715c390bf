package uk.nhs.coproduction.catalog.exchange.internal;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writing optional values into JSON objects: unknown values and empty lists are left out. */
public final class Nodes {

    private Nodes() {
    }

    /** Puts the value's text under the name, unless the value is null. */
    public static void putIfPresent(ObjectNode node, String name, @Nullable Object value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    /** Puts the values' texts as an array under the name, unless there are none. */
    public static void putTexts(ObjectNode node, String name, Collection<?> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(v -> array.add(v.toString()));
        }
    }
}
