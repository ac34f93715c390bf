package uk.nhs.coproduction.app.web.projects;

import java.util.List;
import uk.nhs.coproduction.app.projectcommands.PersonalDetailsWarning;
import uk.nhs.coproduction.app.web.site.FieldError;

/**
 * What was entered in a form or sent to the API, checked field by field before anything is asked
 * of a project: {@link Valid} with the value, {@link Invalid} with every field that is wrong, or
 * {@link Unconfirmed} with every free-text field that looks like it holds contact details or an
 * NHS number, which is stored only once the person confirms it.
 *
 * @param <T> the checked value's type
 */
sealed interface Checked<T> permits Checked.Valid, Checked.Invalid, Checked.Unconfirmed {

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

    /**
     * Everything entered is readable, but some free text looks personal and was not confirmed.
     *
     * @param warnings each such field; never empty
     * @param <T> the type the value would have had
     */
    record Unconfirmed<T>(List<PersonalDetailsWarning> warnings) implements Checked<T> {
        /** Copies the warnings. */
        public Unconfirmed {
            warnings = List.copyOf(warnings);
        }

        /** Each warning as a field error, saying how a form confirms it. */
        List<FieldError> errors() {
            return warnings.stream().map(w -> new FieldError(w.field(), w.label() + ": " + w.problem() + ". Remove it, "
                    + "or tick “I have checked this text” below if the person agreed or it is not personal"))
                    .toList();
        }
    }

    /** The name of the confirmation a form and the API's body send. */
    String CONFIRM_FIELD = "confirmPersonalDetails";

    /** What the form's confirmation checkbox says. */
    String CONFIRM_LABEL = "I have checked this text: the person agreed to it being kept, or it is not personal";

    /** The value if there are no errors, else the errors. */
    static <T> Checked<T> of(List<FieldError> errors, java.util.function.Supplier<T> value) {
        return errors.isEmpty() ? new Valid<>(value.get()) : new Invalid<>(errors);
    }
}
