package uk.nhs.coproduction.alwaysevents.store;

import java.util.Objects;

/**
 * An event or snapshot whose JSON is not what this library writes: not JSON, a field missing or
 * of the wrong kind, or a value that breaks its type's rules. The message names the field by its
 * path, such as {@code data.measurement.numerator}, and never repeats the field's text.
 *
 * @since 0.1.0
 */
public final class EventFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The JSON path of the field that is wrong, such as {@code data.measurement.numerator}. */
    private final String field;

    /**
     * A problem at {@code field}: {@code problem}.
     *
     * @param field the path of the field at fault, such as {@code data.measurement.numerator}
     * @param problem what is wrong with it, never repeating its text
     */
    public EventFormatException(String field, String problem) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(problem, "problem"));
        this.field = field;
    }

    /** {@return the path of the field at fault, such as {@code data.measurement.numerator}} */
    public String field() {
        return field;
    }
}
