package uk.nhs.coproduction.alwaysevents.progress;

import java.util.Objects;

/**
 * What one score of the {@link ProgressScale} means.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param score the score
 * @param label a short label, such as "Modest improvement"
 * @param description what a project at this score shows
 * @since 0.1.0
 */
public record ProgressLevel(ProgressScore score, String label, String description) {

    /**
     * Checks the components.
     *
     * @param score the score
     * @param label a short label, such as "Modest improvement"
     * @param description what a project at this score shows
     */
    public ProgressLevel {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }
}
