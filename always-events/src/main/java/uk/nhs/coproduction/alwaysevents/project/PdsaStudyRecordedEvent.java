package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.pdsa.Study;

/**
 * A PDSA cycle was studied.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param cycle its number
 * @param study the study step
 * @since 0.1.0
 */
public record PdsaStudyRecordedEvent(int cycle, Study study) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param cycle its number
     * @param study the study step
     */
    public PdsaStudyRecordedEvent {
        Objects.requireNonNull(study, "study");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
