package uk.nhs.coproduction.alwaysevents.command;

import java.util.List;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.workflow.GuardFailure;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.internal.ResultMessages;

/**
 * What deciding a command against a project's state gave: {@link Accepted} with the events to
 * record, {@link Refused} with every reason, or {@link Failed} when a workflow guard broke.
 * A refusal is a value, never an exception, and never changes anything. The refusal is named and
 * behaves as in every other result type of the library (see {@code docs/results.md}); its
 * problems are {@link Reason}s.
 *
 * @since 0.1.0
 */
public sealed interface CommandResult permits CommandResult.Accepted, CommandResult.Refused, CommandResult.Failed {

    /** {@return whether the command was accepted} */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** {@return every reason the command was not accepted, sorted by code; empty when accepted} */
    default List<Reason> reasons() {
        return List.of();
    }

    /** {@return the guards that broke, sorted; empty unless {@link Failed}} */
    default List<GuardFailure> failures() {
        return List.of();
    }

    /**
     * {@return the events to record, for callers that have already ruled refusals out (tests,
     * benchmarks)}
     *
     * @throws IllegalStateException whose message lists each reason (and each guard that broke,
     *     naming what it threw but never its message) on its own line, if not accepted
     */
    default List<ProjectEvent> orElseThrow() {
        if (this instanceof Accepted accepted) {
            return accepted.events();
        }
        throw new IllegalStateException(ResultMessages.notPermitted("The command", failures(), reasons()));
    }

    /**
     * The command was accepted.
     *
     * @param events the events to record, in order; never empty
     * @since 0.1.0
     */
    record Accepted(List<ProjectEvent> events) implements CommandResult {
        /**
         * Copies the events; refuses an empty list.
         *
         * @param events the events to record, in order; never empty
         */
        public Accepted {
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("an accepted command records at least one event");
            }
        }
    }

    /**
     * The command was refused.
     *
     * @param reasons every reason, sorted by code; never empty
     * @since 0.1.0
     */
    record Refused(List<Reason> reasons) implements CommandResult {
        /**
         * Copies and sorts the reasons; refuses an empty list.
         *
         * @param reasons every reason, sorted by code; never empty
         */
        public Refused {
            reasons = reasons.stream().sorted().toList();
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }
    }

    /**
     * A guard of the workflow broke while the command was decided, so nothing was decided.
     *
     * @param failures the guards that broke; never empty
     * @param reasons the unmet conditions the other guards found
     * @since 0.1.0
     */
    record Failed(List<GuardFailure> failures, List<Reason> reasons) implements CommandResult {
        /**
         * Copies the components; refuses an empty list of failures.
         *
         * @param failures the guards that broke; never empty
         * @param reasons the unmet conditions the other guards found
         */
        public Failed {
            failures = failures.stream().sorted().toList();
            reasons = reasons.stream().sorted().toList();
            if (failures.isEmpty()) {
                throw new IllegalArgumentException("a failure needs at least one guard failure");
            }
        }
    }
}
