package uk.nhs.coproduction.alwaysevents;

import java.util.List;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.ListenerFailure;
import uk.nhs.coproduction.alwaysevents.workflow.GuardFailure;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.internal.ResultMessages;
import uk.nhs.coproduction.model.validation.Violation;

/**
 * What handling a command gave: {@link Recorded}, or one of the ways it was not recorded. Only
 * {@code Recorded} changed anything.
 *
 * <ul>
 *   <li>{@link Invalid}: the command broke its constraints (Bean Validation); each
 *       {@link Violation} names the field.</li>
 *   <li>{@link Conflict}: the project had moved on from the version the command was decided on;
 *       reload and decide again.</li>
 *   <li>{@link Refused}: the project's rules or the workflow's guards refused it, with every
 *       reason.</li>
 *   <li>{@link Failed}: a workflow guard broke while judging; a fault to fix, not a refusal.</li>
 * </ul>
 *
 * <p>{@code Invalid} and {@code Refused} are both refusals, kept apart because the person fixes
 * them differently: an invalid command's fields, or the project's state. The vocabulary and the
 * shared methods are those of every result type of the library (see {@code docs/results.md}).
 *
 * <pre>{@code
 * CommandOutcome outcome = projects.handle(id, version, actor, command);
 * if (outcome instanceof CommandOutcome.Recorded recorded) {
 *     show(recorded.project());
 * } else if (outcome instanceof CommandOutcome.Invalid invalid) {
 *     invalid.violations().forEach(v -> markField(v.path(), v.message()));
 * } else if (outcome instanceof CommandOutcome.Conflict) {
 *     reloadAndDecideAgain();
 * } else {
 *     outcome.reasons().forEach(reason -> show(reason.message())); // Refused, or Failed with failures()
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface CommandOutcome permits CommandOutcome.Recorded, CommandOutcome.Invalid, CommandOutcome.Conflict,
        CommandOutcome.Refused, CommandOutcome.Failed {

    /** {@return whether the command was recorded} */
    default boolean isRecorded() {
        return this instanceof Recorded;
    }

    /**
     * {@return the reasons of a {@link Refused} or {@link Failed} outcome, sorted by code;
     * otherwise empty}
     */
    default List<Reason> reasons() {
        return List.of();
    }

    /** {@return the guards that broke; empty unless {@link Failed}} */
    default List<GuardFailure> failures() {
        return List.of();
    }

    /**
     * {@return what was recorded, for callers that have already ruled refusals out (tests, examples
     * with fixed data)}
     *
     * @throws IllegalStateException whose message says why nothing was recorded, one violation,
     *     reason or broken guard (naming what it threw, never its message) a line
     */
    default Recorded orElseThrow() {
        if (this instanceof Recorded recorded) {
            return recorded;
        }
        if (this instanceof Invalid invalid) {
            throw new IllegalStateException(ResultMessages.invalid("The command", invalid.violations()));
        }
        if (this instanceof Conflict conflict) {
            throw new IllegalStateException(ResultMessages.conflict("The command", conflict.expectedVersion(),
                    conflict.actualVersion()));
        }
        throw new IllegalStateException(ResultMessages.notPermitted("The command", failures(), reasons()));
    }

    /**
     * The events were appended to the store.
     *
     * @param project the project after the events
     * @param events the events recorded
     * @param listenerFailures listeners (or the snapshot writer) that failed afterwards; the
     *     events stand
     * @since 0.1.0
     */
    record Recorded(AlwaysEventProject project, List<RecordedEvent> events, List<ListenerFailure> listenerFailures)
            implements CommandOutcome {
        /**
         * Checks and copies the components.
         *
         * @param project the project after the events
         * @param events the events recorded
         * @param listenerFailures listeners (or the snapshot writer) that failed afterwards; the
         *     events stand
         */
        public Recorded {
            Objects.requireNonNull(project, "project");
            events = List.copyOf(events);
            listenerFailures = List.copyOf(listenerFailures);
        }
    }

    /**
     * The command broke its constraints.
     *
     * @param violations every violation, sorted by field path
     * @since 0.1.0
     */
    record Invalid(List<Violation> violations) implements CommandOutcome {
        /**
         * Copies the violations.
         *
         * @param violations every violation, sorted by field path
         */
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /**
     * The command was decided on a version the project has moved on from. Nothing was merged.
     *
     * @param expectedVersion the version the command was decided on
     * @param actualVersion the project's version now
     * @since 0.1.0
     */
    record Conflict(long expectedVersion, long actualVersion) implements CommandOutcome {
    }

    /**
     * The command was refused.
     *
     * @param reasons every reason, sorted by code
     * @since 0.1.0
     */
    record Refused(List<Reason> reasons) implements CommandOutcome {
        /**
         * Copies the reasons.
         *
         * @param reasons every reason, sorted by code
         */
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A workflow guard broke while the command was decided.
     *
     * @param failures the guards that broke
     * @param reasons the unmet conditions the other guards found
     * @since 0.1.0
     */
    record Failed(List<GuardFailure> failures, List<Reason> reasons) implements CommandOutcome {
        /**
         * Copies the components.
         *
         * @param failures the guards that broke
         * @param reasons the unmet conditions the other guards found
         */
        public Failed {
            failures = List.copyOf(failures);
            reasons = List.copyOf(reasons);
        }
    }
}
