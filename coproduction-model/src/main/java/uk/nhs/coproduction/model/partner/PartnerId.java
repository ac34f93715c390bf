package uk.nhs.coproduction.model.partner;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The pseudonymous identifier of a {@link Partner}, such as {@code P-014} or {@code carer-3}.
 *
 * <p>An id must not identify a person on its own: use a code your organisation allocates, never a
 * name, an email address or an NHS number. An id is 1 to 64 characters: letters, digits, full
 * stops, underscores and hyphens, starting with a letter or digit. An id made only of digits and
 * separators with nine digits or more is refused, because it could be an NHS number (ten digits,
 * such as 943-476-5919) or a telephone number (such as 07700 900123 written 07700-900123).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier's text, never null
 * @since 0.1.0
 */
public record PartnerId(String value) implements Comparable<PartnerId> {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Only digits and separators, with at least nine digits: an NHS number or a telephone number. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[._-]*(?:[0-9][._-]*){9,}");

    /**
     * Checks the form of the id.
     *
     * @param value the identifier's text, never null
     * @throws IllegalArgumentException if the text is not a well-formed pseudonymous id (the
     *     message describes the rule and never repeats the text)
     */
    public PartnerId {
        Objects.requireNonNull(value, "value");
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * {@return the id with this text; see the class description for the rules}
     *
     * @param value the identifier's text, never null
     */
    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    /**
     * {@return what is wrong with {@code text} as a partner id, or null if it is well formed. The
     * answer never repeats the text, which might be personal data typed in the wrong place}
     *
     * @param text the text to check
     */
    public static @org.jspecify.annotations.Nullable String problemWith(String text) {
        if (!FORM.matcher(text).matches()) {
            return "a partner id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
        }
        if (NUMBER_LIKE.matcher(text).matches()) {
            return "a partner id must be pseudonymous and must not be, or look like, an NHS number or a telephone "
                    + "number";
        }
        return null;
    }

    @Override
    public int compareTo(PartnerId other) {
        return value.compareTo(other.value);
    }

    /** The id's text: pseudonymous, so safe to show. */
    @Override
    public String toString() {
        return value;
    }
}
