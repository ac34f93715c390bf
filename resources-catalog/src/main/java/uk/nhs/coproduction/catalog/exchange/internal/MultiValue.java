package uk.nhs.coproduction.catalog.exchange.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The CSV multi-value convention: items separated by {@code |}; a literal {@code |} or
 * {@code \} inside an item is written {@code \|} or {@code \\}. Spaces around items are
 * trimmed when reading. An empty cell is an empty list.
 */
public final class MultiValue {

    /** The separator between items in one cell. */
    public static final char SEPARATOR = '|';

    private MultiValue() {
    }

    /** Joins items into one cell. */
    public static String join(Collection<String> items) {
        StringBuilder cell = new StringBuilder();
        boolean first = true;
        for (String item : items) {
            if (!first) {
                cell.append(SEPARATOR);
            }
            cell.append(escape(item));
            first = false;
        }
        return cell.toString();
    }

    /** Splits a cell into items, trimming each; an empty or blank cell is an empty list. */
    public static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        if (cell.isBlank()) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == SEPARATOR || cell.charAt(i + 1) == '\\')) {
                item.append(cell.charAt(++i));
            } else if (c == SEPARATOR) {
                items.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString().strip());
        return items;
    }

    private static String escape(String item) {
        return item.replace("\\", "\\\\").replace("|", "\\|");
    }
}
