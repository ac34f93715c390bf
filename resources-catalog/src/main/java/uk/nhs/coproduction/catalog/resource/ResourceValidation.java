package uk.nhs.coproduction.catalog.resource;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outcome of checking a {@link Resource.Builder}: the {@link Accepted} resource, or
 * {@link Refused} with every rule broken (not just the first). The vocabulary and methods are
 * the same as every other result type of the library (see {@code docs/results.md}); it has no
 * {@code map}, since what it carries is always the resource just built.
 *
 * <pre>{@code
 * ResourceValidation validation = builder.validate();
 * if (validation instanceof ResourceValidation.Accepted accepted) {
 *     publish(accepted.value());
 * } else {
 *     validation.problems().forEach(System.err::println); // "summary: must be at most 300 characters, was 301"
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ResourceValidation permits ResourceValidation.Accepted, ResourceValidation.Refused {

    /** {@return whether every rule holds} */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** {@return every rule broken, in field order; empty when accepted} */
    List<Violation> problems();

    /**
     * {@return the resource, if every rule holds}
     *
     * @throws IllegalStateException whose message lists each broken rule on its own line, if
     *     refused
     */
    default Resource orElseThrow() {
        return orElseThrow(problems -> new IllegalStateException("The resource was refused (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining())));
    }

    /**
     * {@return the resource, if every rule holds; otherwise throws what {@code exception} makes of
     * the broken rules}
     *
     * @param exception makes the exception to throw from the violations
     * @param <X> the exception thrown
     * @throws X if refused
     */
    default <X extends Throwable> Resource orElseThrow(Function<? super List<Violation>, ? extends X> exception)
            throws X {
        Objects.requireNonNull(exception, "exception");
        if (this instanceof Accepted accepted) {
            return accepted.value();
        }
        throw exception.apply(problems());
    }

    /**
     * Every rule holds.
     *
     * @param value the resource built, never null
     * @since 0.1.0
     */
    record Accepted(Resource value) implements ResourceValidation {
        /**
         * Rejects a null resource.
         *
         * @param value the resource built, never null
         */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<Violation> problems() {
            return List.of();
        }
    }

    /**
     * At least one rule is broken.
     *
     * @param problems every rule broken, in field order, never empty
     * @since 0.1.0
     */
    record Refused(List<Violation> problems) implements ResourceValidation {

        /**
         * Copies the list; rejects an empty one.
         *
         * @param problems every rule broken, in field order, never empty
         */
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refused resource has at least one violation");
            }
        }
    }
}
