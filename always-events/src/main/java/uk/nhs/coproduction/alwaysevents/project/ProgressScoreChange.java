package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;

/**
 * One change of a project's progress score, kept for good: the score, why it was set, who set it
 * and when.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param score the score set
 * @param rationale why, in plain English, never blank
 * @param setBy who set it
 * @param setOn when
 * @since 0.1.0
 */
public record ProgressScoreChange(ProgressScore score, String rationale, Actor setBy, LocalDate setOn) {

    /**
     * Checks the components.
     *
     * @param score the score set
     * @param rationale why, in plain English, never blank
     * @param setBy who set it
     * @param setOn when
     */
    public ProgressScoreChange {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setOn, "setOn");
    }
}
