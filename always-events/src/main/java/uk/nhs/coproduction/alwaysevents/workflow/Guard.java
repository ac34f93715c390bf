package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.List;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;

/**
 * One condition of a {@link Transition}, such as "an executive sponsor has been appointed".
 *
 * <h2>Writing a guard</h2>
 * A guard looks at an immutable {@link AlwaysEventProject} and returns every unmet part of its
 * condition as a {@link Reason}, or an empty list when the condition holds. It must be a pure
 * function of the project: no side effects, no clock, no I/O, so that asking which transitions
 * are available never changes anything and the same project always gets the same verdict. A
 * guard that throws is reported as a {@link GuardFailure}, never as a refusal.
 *
 * <p>An organisation adds its own kinds of guard to a {@link GuardLibrary} and names them in its
 * own workflow definition. Implementations must be immutable and thread-safe: one definition is
 * shared by every project.
 *
 * @since 0.1.0
 */
public interface Guard {

    /** {@return how the guard is declared: its kind and parameters} */
    GuardSpec spec();

    /**
     * {@return the condition, in plain English, such as "An executive sponsor has been appointed."}
     */
    String description();

    /**
     * Every unmet part of the condition for {@code project}.
     *
     * @param project the project to look at
     * @return the reasons, or an empty list (ideally {@code List.of()}) when the condition holds;
     *     never null
     */
    List<Reason> check(AlwaysEventProject project);
}
