package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.pdsa.Plan;

/**
 * A PDSA cycle was planned.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param cycle its number
 * @param changeIdeaId the change idea it tests
 * @param plan the plan
 * @since 0.1.0
 */
public record PdsaCyclePlannedEvent(int cycle, String changeIdeaId, Plan plan) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param cycle its number
     * @param changeIdeaId the change idea it tests
     * @param plan the plan
     */
    public PdsaCyclePlannedEvent {
        Objects.requireNonNull(changeIdeaId, "changeIdeaId");
        Objects.requireNonNull(plan, "plan");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
