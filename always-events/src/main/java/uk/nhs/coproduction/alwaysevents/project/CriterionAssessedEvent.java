package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.statement.CriterionAssessment;

/**
 * A criterion was assessed (replacing any earlier assessment of it).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param assessment the assessment
 * @since 0.1.0
 */
public record CriterionAssessedEvent(CriterionAssessment assessment) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param assessment the assessment
     */
    public CriterionAssessedEvent {
        Objects.requireNonNull(assessment, "assessment");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
