package uk.nhs.coproduction.model.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.model.json.TextPosition;

/**
 * Where each value of a well-formed JSON document starts, by field path, so that a problem found
 * after parsing (a missing field, an unknown value, a broken constraint) can name its line.
 */
final class LocationIndex {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final Map<String, TextPosition> positions = new HashMap<>();

    private LocationIndex() {
    }

    private static final class Container {
        final String path;
        final boolean array;
        int index = -1;
        @Nullable String name;

        Container(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String child() {
            if (array) {
                index++;
                return path + "[" + index + "]";
            }
            return path.isEmpty() ? String.valueOf(name) : path + "." + name;
        }
    }

    /** Indexes {@code text}, which must already be known to be well-formed JSON. */
    static LocationIndex of(JsonMapper mapper, String text) {
        LocationIndex index = new LocationIndex();
        Deque<Container> stack = new ArrayDeque<>();
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME) {
                    stack.peek().name = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String path = stack.isEmpty() ? "" : stack.peek().child();
                index.record(path, parser.currentTokenLocation());
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    stack.push(new Container(path, token == JsonToken.START_ARRAY));
                }
            }
        }
        return index;
    }

    private void record(String path, TokenStreamLocation location) {
        if (location.getLineNr() >= 1 && location.getColumnNr() >= 1) {
            positions.putIfAbsent(path, new TextPosition(location.getLineNr(), location.getColumnNr()));
        }
    }

    /**
     * The position of the value at {@code path} or, if it is absent (a missing field), of the
     * nearest enclosing value that is present.
     */
    @Nullable TextPosition positionOf(String path) {
        String current = path;
        while (true) {
            TextPosition position = positions.get(current);
            if (position != null || current.isEmpty()) {
                return position;
            }
            current = parent(current);
        }
    }

    private static String parent(String path) {
        Matcher matcher = SEGMENT.matcher(path);
        int lastStart = 0;
        while (matcher.find()) {
            lastStart = matcher.start();
        }
        String parent = path.substring(0, lastStart);
        return parent.endsWith(".") ? parent.substring(0, parent.length() - 1) : parent;
    }
}
