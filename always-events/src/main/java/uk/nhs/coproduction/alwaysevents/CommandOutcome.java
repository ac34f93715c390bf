package uk.nhs.coproduction.alwaysevents;

import java.util.List;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.ListenerFailure;
import uk.nhs.coproduction.alwaysevents.workflow.GuardFailure;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
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
 */
public sealed interface CommandOutcome permits CommandOutcome.Recorded, CommandOutcome.Invalid, CommandOutcome.Conflict,
        CommandOutcome.Refused, CommandOutcome.Failed {

    /** Whether the command was recorded. */
    default boolean isRecorded() {
        return this instanceof Recorded;
    }

    /**
     * The events were appended to the store.
     *
     * @param project the project after the events
     * @param events the events recorded
     * @param listenerFailures listeners (or the snapshot writer) that failed afterwards; the
     *     events stand
     */
    record Recorded(AlwaysEventProject project, List<RecordedEvent> events, List<ListenerFailure> listenerFailures)
            implements CommandOutcome {
        /** Checks and copies the components. */
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
     */
    record Invalid(List<Violation> violations) implements CommandOutcome {
        /** Copies the violations. */
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /**
     * The command was decided on a version the project has moved on from. Nothing was merged.
     *
     * @param expectedVersion the version the command was decided on
     * @param actualVersion the project's version now
     */
    record Conflict(long expectedVersion, long actualVersion) implements CommandOutcome {
    }

    /**
     * The command was refused.
     *
     * @param reasons every reason, sorted by code
     */
    record Refused(List<Reason> reasons) implements CommandOutcome {
        /** Copies the reasons. */
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A workflow guard broke while the command was decided.
     *
     * @param failures the guards that broke
     * @param reasons the unmet conditions the other guards found
     */
    record Failed(List<GuardFailure> failures, List<Reason> reasons) implements CommandOutcome {
        /** Copies the components. */
        public Failed {
            failures = List.copyOf(failures);
            reasons = List.copyOf(reasons);
        }
    }
}
