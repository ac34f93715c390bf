package uk.nhs.coproduction.app.web.site;

import java.util.Objects;

/**
 * One thing wrong with what was entered in a form, shown next to its field and in the error
 * summary at the top of the page, which links to the field.
 *
 * @param field the id of the field's input, such as {@code partnership}
 * @param message what is wrong and how to put it right, never repeating what was entered
 */
public record FieldError(String field, String message) {

    /** Rejects nulls. */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
