package uk.nhs.coproduction.alwaysevents.store;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.internal.ResultMessages;

/**
 * What an erasure gave: {@link Accepted} with what was erased, or {@link Refused} with every
 * reason it could not be done (a version the log does not have, a field the event does not
 * have), in which case nothing was changed. It shares {@code isAccepted()}, the problems and both
 * {@code orElseThrow}s with the library's other result types (see {@code docs/results.md}); like
 * {@code ResourceValidation} it has no {@code map}, as it only ever holds an {@link Erased}.
 *
 * @since 0.1.0
 */
public sealed interface ErasureResult permits ErasureResult.Accepted, ErasureResult.Refused {

    /** {@return whether the erasure was done} */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** {@return every reason the erasure was refused, sorted by code; empty when accepted} */
    default List<Reason> reasons() {
        return this instanceof Refused refused ? refused.reasons() : List.of();
    }

    /**
     * {@return what was erased, for callers that have already ruled refusals out}
     *
     * @throws IllegalStateException listing the reasons, when refused
     */
    default Erased orElseThrow() {
        return orElseThrow(reasons -> new IllegalStateException(ResultMessages.notPermitted("The erasure", List.of(),
                reasons)));
    }

    /**
     * {@return what was erased, or throws what {@code failure} makes of the reasons}
     *
     * @param <X> the exception thrown
     * @param failure makes the exception from the reasons
     * @throws X when refused
     */
    default <X extends Throwable> Erased orElseThrow(Function<List<Reason>, X> failure) throws X {
        if (this instanceof Accepted accepted) {
            return accepted.value();
        }
        throw failure.apply(reasons());
    }

    /**
     * The erasure was done (or there was nothing left to erase).
     *
     * @param value what was erased
     * @since 0.1.0
     */
    record Accepted(Erased value) implements ErasureResult {

        /**
         * Checks the component.
         *
         * @param value what was erased
         */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The erasure was refused and nothing was changed.
     *
     * @param reasons why, sorted by code; never empty
     * @since 0.1.0
     */
    record Refused(List<Reason> reasons) implements ErasureResult {

        /**
         * Checks and sorts the reasons.
         *
         * @param reasons why; never empty
         */
        public Refused {
            reasons = Objects.requireNonNull(reasons, "reasons").stream().sorted().toList();
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }
    }
}
