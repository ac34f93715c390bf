package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * Who issued a command: the pseudonymous id of a user of the system, such as a QI lead's staff
 * code. Every recorded event carries its actor.
 *
 * <p>An actor id follows the rules of a {@link PartnerId}: 1 to 64 letters, digits, full stops,
 * underscores and hyphens, starting with a letter or digit, and never an NHS number. Use a code
 * your organisation allocates, never a name or an email address.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the id's text
 * @since 0.1.0
 */
public record Actor(String value) {

    /**
     * Checks the form of the id.
     *
     * @param value the id's text
     * @throws IllegalArgumentException if the text is not a well-formed pseudonymous id (the
     *     message never repeats the text)
     */
    public Actor {
        Objects.requireNonNull(value, "value");
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem.replace("partner id", "actor id"));
        }
    }

    /**
     * {@return the actor with this id}
     *
     * @param value the id's text
     */
    public static Actor of(String value) {
        return new Actor(value);
    }

    /**
     * {@return the partner with this id acting for themselves}
     *
     * @param partner the partner's pseudonymous id
     */
    public static Actor of(PartnerId partner) {
        return new Actor(partner.value());
    }

    /**
     * {@return what is wrong with {@code text} as an actor id, or null if it is well formed}
     *
     * @param text the text to check
     */
    public static @Nullable String problemWith(String text) {
        return PartnerId.problemWith(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
