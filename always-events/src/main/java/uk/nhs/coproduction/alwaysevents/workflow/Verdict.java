package uk.nhs.coproduction.alwaysevents.workflow;

import java.util.List;

/**
 * Whether a step may be taken now: {@link Permitted}, {@link Refused} with every unmet condition,
 * or {@link Failed} when a guard broke while judging. All guards of a step are always evaluated,
 * and reasons and failures are listed in one canonical order (by code), so a verdict never
 * depends on the order in which the guards were declared.
 *
 * <pre>{@code
 * switch (definition.evaluate("understand-what-matters", project)) {
 *     case Verdict.Permitted p -> System.out.println("ready");
 *     case Verdict.Refused r -> r.reasons().forEach(reason -> System.out.println(reason.message()));
 *     case Verdict.Failed f -> System.err.println(f.failures());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public sealed interface Verdict permits Verdict.Permitted, Verdict.Refused, Verdict.Failed {

    /** The permitted verdict (one shared instance). */
    static Verdict permitted() {
        return Permitted.INSTANCE;
    }

    /** Whether the step may be taken. */
    default boolean isPermitted() {
        return this instanceof Permitted;
    }

    /** The unmet conditions, in canonical order; empty when permitted. */
    List<Reason> reasons();

    /** Every condition is met. */
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
     */
    record Refused(List<Reason> reasons) implements Verdict {
        /** Copies and sorts the reasons; refuses an empty list. */
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
     */
    record Failed(List<GuardFailure> failures, List<Reason> reasons) implements Verdict {
        /** Copies and sorts the components; refuses an empty list of failures. */
        public Failed {
            failures = failures.stream().sorted().toList();
            reasons = reasons.stream().sorted().toList();
            if (failures.isEmpty()) {
                throw new IllegalArgumentException("a failed verdict needs at least one guard failure");
            }
        }
    }
}
