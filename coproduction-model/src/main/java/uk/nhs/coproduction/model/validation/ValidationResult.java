package uk.nhs.coproduction.model.validation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outcome of validating a value: {@link Accepted} with the value, or {@link Refused} with
 * every violation found. The vocabulary and methods are the same as every other result type of
 * the library (see {@code docs/results.md}).
 *
 * <pre>{@code
 * ValidationResult<Partnership> result = ModelValidator.standard().validate(partnership);
 * if (result instanceof ValidationResult.Refused<Partnership> refused) {
 *     refused.problems().forEach(System.out::println); // "members[2].partner.roles: ..."
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the value validated
 * @since 0.1.0
 */
public sealed interface ValidationResult<T> permits ValidationResult.Accepted, ValidationResult.Refused {

    /**
     * {@return an accepted result holding {@code value}}
     *
     * @param <T> the type of the value checked
     * @param value the value, never null
     */
    static <T> ValidationResult<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /**
     * {@return a refused result with these violations (at least one)}
     *
     * @param <T> the type of the value checked
     * @param problems every violation, sorted by path; never empty
     */
    static <T> ValidationResult<T> refused(List<Violation> problems) {
        return new Refused<>(problems);
    }

    /** {@return whether the value broke no constraint} */
    default boolean isAccepted() {
        return this instanceof Accepted<T>;
    }

    /** {@return the violations, sorted by path; empty when accepted} */
    List<Violation> problems();

    /**
     * Applies {@code mapper} to an accepted value; a refusal passes through with its problems.
     *
     * @param <U> the type of the new value
     * @param mapper turns an accepted value into another
     * @return the mapped value, accepted, or this refusal
     */
    default <U> ValidationResult<U> map(Function<? super T, ? extends U> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        if (this instanceof Accepted<T> accepted) {
            return new Accepted<>(mapper.apply(accepted.value()));
        }
        return new Refused<>(problems());
    }

    /**
     * Applies {@code next} to an accepted value; a refusal passes through with its problems.
     *
     * @param <U> the type of the new value
     * @param next the next step, which may itself refuse
     * @return the next step's result, or this refusal
     */
    default <U> ValidationResult<U> flatMap(Function<? super T, ValidationResult<U>> next) {
        Objects.requireNonNull(next, "next");
        if (this instanceof Accepted<T> accepted) {
            return Objects.requireNonNull(next.apply(accepted.value()), "next returned null");
        }
        return new Refused<>(problems());
    }

    /**
     * {@return the value, if accepted}
     *
     * @throws IllegalStateException whose message lists each violation on its own line, if
     *     refused (violations never repeat the value checked)
     */
    default T orElseThrow() {
        return orElseThrow(problems -> new IllegalStateException("The value was refused (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining())));
    }

    /**
     * {@return the value, if accepted; otherwise throws what {@code exception} makes of the
     * violations}
     *
     * @param exception makes the exception to throw from the violations
     * @param <X> the exception thrown
     * @throws X if refused
     */
    default <X extends Throwable> T orElseThrow(Function<? super List<Violation>, ? extends X> exception) throws X {
        Objects.requireNonNull(exception, "exception");
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw exception.apply(problems());
    }

    /**
     * The value broke no constraint.
     *
     * @param value the value, never null
     * @param <T> the type of the value
     * @since 0.1.0
     */
    record Accepted<T>(T value) implements ValidationResult<T> {
        /**
         * Rejects a null value.
         *
         * @param value the value, never null
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
     * The value broke at least one constraint.
     *
     * @param problems every violation, sorted by path; never empty
     * @param <T> the type of the value
     * @since 0.1.0
     */
    record Refused<T>(List<Violation> problems) implements ValidationResult<T> {
        /**
         * Copies and sorts the violations; rejects an empty list.
         *
         * @param problems every violation, sorted by path; never empty
         */
        public Refused {
            problems = problems.stream().sorted().toList();
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refused result needs at least one violation");
            }
        }
    }
}
