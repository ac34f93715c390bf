package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One free-text field of one event that was erased: the event's version and the field's name in
 * the event's JSON {@code data}, such as {@code youSaid} or {@code evidence.summary}. It names the
 * place, never the words that were there.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param version the version of the event the field is in, from 1
 * @param field the field's path in the event's data, dot-separated
 * @since 0.1.0
 */
public record ErasedField(long version, String field) implements Comparable<ErasedField> {

    private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)*");

    /**
     * Checks the components.
     *
     * @param version the version of the event the field is in, from 1
     * @param field the field's path in the event's data, dot-separated
     */
    public ErasedField {
        Objects.requireNonNull(field, "field");
        if (version < 1) {
            throw new IllegalArgumentException("an event's version starts at 1: " + version);
        }
        if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("a field is named by letters, dot-separated, such as evidence.summary");
        }
    }

    /**
     * {@return the field}
     *
     * @param version the version of the event the field is in, from 1
     * @param field the field's path in the event's data, such as {@code youSaid}
     */
    public static ErasedField of(long version, String field) {
        return new ErasedField(version, field);
    }

    /** Orders by version, then by field name. */
    @Override
    public int compareTo(ErasedField other) {
        int byVersion = Long.compare(version, other.version);
        return byVersion != 0 ? byVersion : field.compareTo(other.field);
    }
}
