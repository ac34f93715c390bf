package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.List;
import uk.nhs.coproduction.alwaysevents.workflow.internal.ResultMessages;

/**
 * Whether a step may be taken now: {@link Permitted}, {@link Refused} with every unmet condition,
 * or {@link Failed} when a guard broke while judging. All guards of a step are always evaluated,
 * and reasons and failures are listed in one canonical order (by code), so a verdict never
 * depends on the order in which the guards were declared. The refusal is named and behaves as in
 * every other result type of the library (see {@code docs/results.md}); its problems are
 * {@link Reason}s.
 *
 * <pre>{@code
 * Verdict verdict = definition.evaluate("understand-what-matters", project);
 * if (verdict instanceof Verdict.Failed failed) {
 *     System.err.println(failed.failures());
 * } else if (verdict.isPermitted()) {
 *     System.out.println("ready");
 * } else {
 *     verdict.reasons().forEach(reason -> System.out.println(reason.message()));
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Verdict permits Verdict.Permitted, Verdict.Refused, Verdict.Failed {

    /** {@return the permitted verdict (one shared instance)} */
    static Verdict permitted() {
        return Permitted.INSTANCE;
    }

    /** {@return whether the step may be taken} */
    default boolean isPermitted() {
        return this instanceof Permitted;
    }

    /** {@return the unmet conditions, in canonical order; empty when permitted} */
    List<Reason> reasons();

    /** {@return the guards that broke, sorted; empty unless {@link Failed}} */
    default List<GuardFailure> failures() {
        return List.of();
    }

    /**
     * {@return the permitted verdict, for callers that have already ruled refusals out (tests,
     * examples with fixed data)}
     *
     * @throws IllegalStateException whose message lists each reason (and each guard that broke,
     *     naming what it threw but never its message) on its own line, if the step is refused or a
     *     guard failed
     */
    default Permitted orElseThrow() {
        if (this instanceof Permitted permitted) {
            return permitted;
        }
        throw new IllegalStateException(ResultMessages.notPermitted("The step", failures(), reasons()));
    }

    /**
     * Every condition is met.
     *
     * @since 0.1.0
     */
    record Permitted() implements Verdict {
        private static final Permitted INSTANCE = new Permitted();

        @Override
        public List<Reason> reasons() {
            return List.of();
        }
    }

    /**
     * At least one condition is not met.
     *
     * @param reasons every unmet condition, sorted by code; never empty
     * @since 0.1.0
     */
    record Refused(List<Reason> reasons) implements Verdict {
        /**
         * Copies and sorts the reasons; refuses an empty list.
         *
         * @param reasons every unmet condition, sorted by code; never empty
         */
        public Refused {
            reasons = reasons.stream().sorted().toList();
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }
    }

    /**
     * At least one guard broke, so the verdict is unknown. The reasons the other guards gave are
     * kept, since they are true whatever the broken guard would have said.
     *
     * @param failures the guards that broke, sorted; never empty
     * @param reasons the unmet conditions the other guards found, sorted by code; may be empty
     * @since 0.1.0
     */
    record Failed(List<GuardFailure> failures, List<Reason> reasons) implements Verdict {
        /**
         * Copies and sorts the components; refuses an empty list of failures.
         *
         * @param failures the guards that broke, sorted; never empty
         * @param reasons the unmet conditions the other guards found, sorted by code; may be empty
         */
        public Failed {
            failures = failures.stream().sorted().toList();
            reasons = reasons.stream().sorted().toList();
            if (failures.isEmpty()) {
                throw new IllegalArgumentException("a failed verdict needs at least one guard failure");
            }
        }
    }
}
