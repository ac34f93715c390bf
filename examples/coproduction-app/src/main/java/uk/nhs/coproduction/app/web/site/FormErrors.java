package uk.nhs.coproduction.app.web.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors of one submitted form, in the order of its fields: the error summary lists them all
 * and each field shows its own. A form with errors saves nothing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param all every error, in field order
 */
public record FormErrors(List<FieldError> all) {

    /** No errors. */
    public static final FormErrors NONE = new FormErrors(List.of());

    /** Copies the list. */
    public FormErrors {
        all = List.copyOf(all);
    }

    /** These errors. */
    public static FormErrors of(List<FieldError> errors) {
        return new FormErrors(errors);
    }

    /** Whether there are any. */
    public boolean any() {
        return !all.isEmpty();
    }

    /** Whether a field has an error. */
    public boolean has(String field) {
        return all.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The messages for a field, in order. */
    public List<String> messages(String field) {
        List<String> messages = new ArrayList<>();
        all.stream().filter(e -> e.field().equals(field)).forEach(e -> messages.add(e.message()));
        return messages;
    }

    /** A copy with one more error. */
    public FormErrors with(FieldError error) {
        List<FieldError> copy = new ArrayList<>(all);
        copy.add(error);
        return new FormErrors(copy);
    }
}
