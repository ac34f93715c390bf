package uk.nhs.coproduction.model.personaldetails;

import java.util.Objects;

/**
 * One stretch of text that looks like a personal detail: its kind and where it is, never the text
 * itself, so {@link #toString()} is safe to log.
 *
 * @param kind what it looks like
 * @param start the index of its first character (a UTF-16 index, as {@link String#charAt(int)})
 * @param end the index just after its last character
 * @since 0.1.0
 */
public record Suspicion(DetailKind kind, int start, int end) {

    /**
     * Rejects a null kind and positions out of order.
     *
     * @param kind what it looks like
     * @param start the index of its first character
     * @param end the index just after its last character
     */
    public Suspicion {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a suspicion needs 0 <= start < end, not " + start + " and " + end);
        }
    }
}
