package uk.nhs.coproduction.alwaysevents.statement;

import java.time.LocalDate;
import java.util.Locale;
import uk.nhs.coproduction.alwaysevents.internal.ErasedText;
import java.util.Objects;

/**
 * What people will always experience, in the words of the patients, service users or carers who
 * co-designed it, typically "I will always…" or "We will always…", such as "We will always be
 * able to contact people who are important to us 24hrs a day".
 *
 * <p>A vision statement must say what will <em>always</em> happen: the text contains the word
 * "always". This record is immutable and thread-safe.
 *
 * @param text the statement, in people's own words, 1 to 300 characters
 * @param agreedOn when the co-design team agreed it
 * @since 0.1.0
 */
public record VisionStatement(String text, LocalDate agreedOn) {

    /** The longest statement accepted, in characters. */
    public static final int MAX_LENGTH = 300;

    /**
     * Checks the components.
     *
     * @param text the statement, in people's own words, 1 to 300 characters
     * @param agreedOn when the co-design team agreed it
     */
    public VisionStatement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(agreedOn, "agreedOn");
        String problem = problemWith(text);
        if (problem != null) {
            throw new IllegalArgumentException("vision statement: " + problem);
        }
    }

    /**
     * {@return the statement agreed on {@code agreedOn}}
     *
     * @param text the statement, in people's own words, 1 to 300 characters
     * @param agreedOn when the co-design team agreed it
     */
    public static VisionStatement of(String text, LocalDate agreedOn) {
        return new VisionStatement(text, agreedOn);
    }

    /**
     * {@return what is wrong with {@code text} as a vision statement, or null when it is
     * acceptable}
     *
     * @param text the statement, in people's own words, 1 to 300 characters; or, once erased, the
     *     erasure marker ({@code WordsErasedEvent.MARKER})
     */
    public static @org.jspecify.annotations.Nullable String problemWith(String text) {
        if (text.isBlank()) {
            return "must not be blank";
        }
        if (text.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (!saysAlways(text) && !text.equals(ErasedText.MARKER)) {
            return "must say what will always happen, in people's own words (for example \"I will always…\")";
        }
        return null;
    }

    private static boolean saysAlways(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("always");
        while (at >= 0) {
            boolean startsWord = at == 0 || !Character.isLetter(lower.charAt(at - 1));
            int end = at + "always".length();
            boolean endsWord = end == lower.length() || !Character.isLetter(lower.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = lower.indexOf("always", at + 1);
        }
        return false;
    }
}
