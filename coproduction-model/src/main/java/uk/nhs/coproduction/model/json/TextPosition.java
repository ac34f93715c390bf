package uk.nhs.coproduction.model.json;

/**
 * A position in a JSON document's text: line and column, both counted from 1.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 * @since 0.1.0
 */
public record TextPosition(int line, int column) {

    /**
     * Checks that both are at least 1.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     */
    public TextPosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1");
        }
    }

    /** Reads like "line 12, column 5". */
    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
