package uk.nhs.coproduction.app.web.projects;

import java.util.List;
import uk.nhs.coproduction.app.web.site.FieldError;

/**
 * What was entered in a form or sent to the API, checked field by field before anything is asked
 * of a project: {@link Valid} with the value, or {@link Invalid} with every field that is wrong.
 *
 * @param <T> the checked value's type
 */
sealed interface Checked<T> permits Checked.Valid, Checked.Invalid {

    /**
     * Everything entered is usable.
     *
     * @param value the value
     * @param <T> its type
     */
    record Valid<T>(T value) implements Checked<T> {
    }

    /**
     * Something entered is wrong.
     *
     * @param errors every error, in the order of the fields; never empty
     * @param <T> the type the value would have had
     */
    record Invalid<T>(List<FieldError> errors) implements Checked<T> {
        /** Copies the errors. */
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /** The value if there are no errors, else the errors. */
    static <T> Checked<T> of(List<FieldError> errors, java.util.function.Supplier<T> value) {
        return errors.isEmpty() ? new Valid<>(value.get()) : new Invalid<>(errors);
    }
}
