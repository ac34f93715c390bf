package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One of the Co-Production Model's seven steps, worded as the edition in use words it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key which step this is
 * @param name the step as the edition words it
 * @param description what taking the step involves
 * @param confidence how far this item's wording can be trusted, or null when the edition's
 *     confidence applies
 * @since 0.1.0
 */
public record CoproductionStep(
        Key key,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 1000) String description,
        @Nullable @Valid Confidence confidence) {

    /**
     * The seven steps, in the model's order. The wording is data; these only name them.
     *
     * @since 0.1.0
     */
    public enum Key {
        /** Get buy-in and commitment from senior leaders. */
        GET_BUY_IN,
        /** Make sure a range of people are involved, including under-represented groups. */
        INCLUDE_RANGE_OF_PEOPLE,
        /** Acknowledge the contributions people make. */
        ACKNOWLEDGE_CONTRIBUTIONS,
        /** Identify where co-production can be most effective. */
        IDENTIFY_WHERE_MOST_EFFECTIVE,
        /** Put resources in place. */
        ENSURE_RESOURCES,
        /** Support people to take part fully. */
        SUPPORT_PARTICIPATION,
        /** Share learning and show what changed. */
        SHARE_LEARNING
    }

    /**
     * Rejects nulls other than the confidence.
     *
     * @param key which step this is
     * @param name the step as the edition words it
     * @param description what taking the step involves
     * @param confidence how far this item's wording can be trusted, or null when the edition's
     *     confidence applies
     */
    public CoproductionStep {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
