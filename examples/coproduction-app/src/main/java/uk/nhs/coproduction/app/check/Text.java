package uk.nhs.coproduction.app.check;

import java.util.ArrayList;
import java.util.List;

/** Plain-text layout for the terminal: paragraphs wrapped to a width, with an indent. */
final class Text {

    /** The width text is wrapped to: fits a standard 100-column terminal with room to spare. */
    static final int WIDTH = 96;

    private Text() {
    }

    /**
     * {@code text} wrapped to {@link #WIDTH}, the first line starting with {@code first} and the
     * others with {@code rest} (usually spaces of the same length).
     */
    static String wrap(String first, String rest, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        for (String word : text.trim().split("\\s+")) {
            boolean empty = line.length() == (lines.isEmpty() ? first.length() : rest.length());
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return String.join("\n", lines) + "\n";
    }

    /** {@code text} wrapped with the same indent on every line. */
    static String wrap(String indent, String text) {
        return wrap(indent, indent, text);
    }
}
