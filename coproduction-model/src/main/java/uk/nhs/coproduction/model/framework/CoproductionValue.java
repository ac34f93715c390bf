package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.internal.Copies;

/**
 * One of the Co-Production Model's five values, with the behaviours it implies, worded as the
 * edition in use words it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key which value this is
 * @param name the value as the edition words it
 * @param behaviours the behaviours the value implies; at least one
 * @param confidence how far this item's wording can be trusted, or null when the edition's
 *     confidence applies
 * @since 0.1.0
 */
public record CoproductionValue(
        Key key,
        @NotBlank @Size(max = 300) String name,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> behaviours,
        @Nullable @Valid Confidence confidence) {

    /**
     * The five values, in the model's order. The wording is data; these only name them.
     *
     * @since 0.1.0
     */
    public enum Key {
        /** Ownership, understanding and support of co-production by all. */
        OWNERSHIP,
        /** A culture of openness and honesty. */
        OPENNESS_HONESTY,
        /** A commitment to sharing power and decisions. */
        SHARING_POWER,
        /** Clear communication in plain English. */
        CLEAR_COMMUNICATION,
        /** A culture where people are valued and respected. */
        VALUED_RESPECTED
    }

    /**
     * Copies the behaviours; rejects nulls other than the confidence.
     *
     * @param key which value this is
     * @param name the value as the edition words it
     * @param behaviours the behaviours the value implies; at least one
     * @param confidence how far this item's wording can be trusted, or null when the edition's
     *     confidence applies
     */
    public CoproductionValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        behaviours = Copies.list(behaviours, "behaviours");
    }
}
