package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.Objects;

/**
 * A transition a project could take from its current phase, with the verdict on it now.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param transition the transition
 * @param verdict whether it may be taken now, and if not, why
 * @since 0.1.0
 */
public record TransitionOption(Transition transition, Verdict verdict) {

    /**
     * Checks the components.
     *
     * @param transition the transition
     * @param verdict whether it may be taken now, and if not, why
     */
    public TransitionOption {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(verdict, "verdict");
    }
}
