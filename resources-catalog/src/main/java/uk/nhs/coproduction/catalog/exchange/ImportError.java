package uk.nhs.coproduction.catalog.exchange;

/**
 * One thing wrong in an imported file, located so a person can find and fix it.
 *
 * <p>For CSV, {@code row} is the line's record number counting the header as row 1 (so it matches
 * a spreadsheet's row number) and {@code column} is the column name. For JSON, {@code row} is the
 * resource's position in the {@code resources} array counting from 1 (0 for the catalogue's own
 * properties) and {@code column} is the property path, such as {@code formats[2].byteSize}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param row where, as above
 * @param column which column or property, never null
 * @param message what is wrong and what is allowed, never null
 * @since 0.1.0
 */
public record ImportError(int row, String column, String message) {

    /** The form {@code row 3, column summary: message}. */
    @Override
    public String toString() {
        return "row " + row + ", column " + column + ": " + message;
    }
}
