package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;

/**
 * The progress score was set; who set it is the event's actor.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param score the score
 * @param rationale why
 * @param setOn when
 * @since 0.1.0
 */
public record ProgressScoreSetEvent(ProgressScore score, String rationale, LocalDate setOn) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param score the score
     * @param rationale why
     * @param setOn when
     */
    public ProgressScoreSetEvent {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(setOn, "setOn");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
