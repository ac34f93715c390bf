package uk.nhs.coproduction.alwaysevents.workflow.internal;

import java.util.List;
import java.util.stream.Collectors;
import uk.nhs.coproduction.alwaysevents.workflow.GuardFailure;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.model.validation.Violation;

/**
 * The wording of the {@link IllegalStateException} every workflow result's {@code orElseThrow()}
 * throws: what was refused and why, one problem a line. It never shows what a broken guard's
 * exception said, which could hold anything.
 */
public final class ResultMessages {

    private ResultMessages() {
    }

    /**
     * "The step was refused (2 reasons):" and the reasons, one a line; or, when a guard broke,
     * "The step could not be judged (1 guard failure):" and each guard with what it threw, then the
     * reasons the other guards gave.
     */
    public static String notPermitted(String what, List<GuardFailure> failures, List<Reason> reasons) {
        StringBuilder text = new StringBuilder(what);
        if (failures.isEmpty()) {
            text.append(" was refused (").append(count(reasons.size(), "reason")).append("):");
        } else {
            text.append(" could not be judged (").append(count(failures.size(), "guard failure")).append("):");
            text.append(failures.stream().map(f -> "\n  guard " + f.guardKind() + " failed: " + f.problem())
                    .collect(Collectors.joining()));
        }
        return text.append(reasons.stream().map(r -> "\n  " + r).collect(Collectors.joining())).toString();
    }

    /** "The command was refused (1 problem):" and the violations, one a line. */
    public static String invalid(String what, List<Violation> violations) {
        return what + " was refused (" + count(violations.size(), "problem") + "):"
                + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining());
    }

    /** "The command was decided on version 3 but the project is at version 4." */
    public static String conflict(String what, long expectedVersion, long actualVersion) {
        return what + " was decided on version " + expectedVersion + " but the project is at version "
                + actualVersion + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
