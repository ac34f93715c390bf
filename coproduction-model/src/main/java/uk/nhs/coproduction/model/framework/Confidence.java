package uk.nhs.coproduction.model.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * How far a framework's wording can be trusted, with a note that says why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param level the confidence level
 * @param note why, in a sentence or two
 * @since 0.1.0
 */
public record Confidence(ConfidenceLevel level, @NotBlank @Size(max = 1000) String note) {

    /**
     * Rejects nulls.
     *
     * @param level the confidence level
     * @param note why, in a sentence or two
     */
    public Confidence {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(note, "note");
    }

    /**
     * {@return confidence at {@code level}, because {@code note}}
     *
     * @param level the confidence level
     * @param note why, in a sentence or two
     */
    public static Confidence of(ConfidenceLevel level, String note) {
        return new Confidence(level, note);
    }
}
