package uk.nhs.coproduction.alwaysevents.goals;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a row or a cell of a Staff Survey results file was refused: the row (the file's line, the
 * header being row 1), the column as the file's header names it (or null for the whole row) and
 * what is wrong. The message never repeats the cell's text.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param row the row, from 1 (the header)
 * @param column the column's heading as written in the file, or null for a problem with the whole row
 * @param message what is wrong and what to do, as a sentence without a full stop
 * @since 0.1.0
 */
public record SurveyProblem(int row, @Nullable String column, String message) {

    /**
     * Checks the components.
     *
     * @param row the row, from 1
     * @param column the column's heading, or null
     * @param message what is wrong
     */
    public SurveyProblem {
        Objects.requireNonNull(message, "message");
        if (row < 1) {
            throw new IllegalArgumentException("rows are counted from 1: " + row);
        }
    }

    /** {@return the problem in one line, such as {@code row 3, column year: must be a whole number}} */
    public String describe() {
        return "row " + row + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
