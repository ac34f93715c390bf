package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.Objects;

/**
 * A guard that broke while it was judging a condition (it threw an exception or returned no
 * answer). This is a fault in the guard, reported as such: it is never turned into "not
 * permitted", because that would tell a team to fix something that is not wrong.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardKind the kind of the guard that failed, such as {@code co-design-team}
 * @param problem the exception's class name, or {@code "no answer"}
 * @param detail the exception's message, or an empty string
 * @since 0.1.0
 */
public record GuardFailure(String guardKind, String problem, String detail) implements Comparable<GuardFailure> {

    /**
     * Checks the components.
     *
     * @param guardKind the kind of the guard that failed, such as {@code co-design-team}
     * @param problem the exception's class name, or {@code "no answer"}
     * @param detail the exception's message, or an empty string
     */
    public GuardFailure {
        Objects.requireNonNull(guardKind, "guardKind");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * {@return the failure of {@code guard}, which threw {@code thrown}}
     *
     * @param guardKind the kind of guard that broke
     * @param thrown what it threw
     */
    public static GuardFailure threw(String guardKind, RuntimeException thrown) {
        String message = thrown.getMessage();
        return new GuardFailure(guardKind, thrown.getClass().getName(), message == null ? "" : message);
    }

    @Override
    public int compareTo(GuardFailure other) {
        int byKind = guardKind.compareTo(other.guardKind);
        if (byKind != 0) {
            return byKind;
        }
        int byProblem = problem.compareTo(other.problem);
        return byProblem != 0 ? byProblem : detail.compareTo(other.detail);
    }

    @Override
    public String toString() {
        return "guard " + guardKind + " failed: " + problem + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
