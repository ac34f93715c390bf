package uk.nhs.coproduction.alwaysevents.pdsa;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The "act" of a PDSA cycle: adopt, adapt or abandon the change, and what happens next.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param decision adopt, adapt or abandon
 * @param nextSteps what happens next (such as the next cycle), never blank
 * @param decidedOn when it was decided
 * @since 0.1.0
 */
public record Act(ActDecision decision, String nextSteps, LocalDate decidedOn) {

    /**
     * Checks the components.
     *
     * @param decision adopt, adapt or abandon
     * @param nextSteps what happens next (such as the next cycle), never blank
     * @param decidedOn when it was decided
     */
    public Act {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(nextSteps, "nextSteps");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (nextSteps.isBlank()) {
            throw new IllegalArgumentException("the act step needs the next steps");
        }
    }

    /** Shows the decision and date only. */
    @Override
    public String toString() {
        return "Act[" + decision + " on " + decidedOn + "]";
    }
}
