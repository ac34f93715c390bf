package uk.nhs.coproduction.model.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a JSON document: where it is (the field's path and, when known, the line
 * and column) and what is wrong. The message never repeats the document's values, which may be
 * personal data, so it is safe to log and show.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param field the field's path, such as {@code members[2].partner.roles[0]}; empty for the
 *     document as a whole
 * @param position where in the text, or null when the problem is not at one place (such as a
 *     document that is too large)
 * @param message what is wrong, in plain English
 * @since 0.1.0
 */
public record JsonProblem(String field, @Nullable TextPosition position, String message) {

    /**
     * Rejects nulls other than the position.
     *
     * @param field the field's path, such as {@code members[2].partner.roles[0]}; empty for the
     *     document as a whole
     * @param position where in the text, or null when the problem is not at one place (such as a
     *     document that is too large)
     * @param message what is wrong, in plain English
     */
    public JsonProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Reads like "line 12, column 5, members[2].partner.roles[0]: must be one of PATIENT, …".
     *
     * @return the problem in one line, with its line, column and field
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (position != null) {
            text.append(position).append(", ");
        }
        text.append(field.isEmpty() ? "document" : field).append(": ").append(message);
        return text.toString();
    }

    /** The same as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }
}
