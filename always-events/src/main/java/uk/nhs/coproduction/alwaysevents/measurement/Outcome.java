package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of something that may be refused for expected reasons: {@link Accepted} with a value,
 * or {@link Refused} with the {@link Problem}s. Refusals are values, never exceptions. The
 * vocabulary and methods are the same as every other result type of the library (see
 * {@code docs/results.md}).
 *
 * <pre>{@code
 * Outcome<ChartAnalysis> outcome = spec.analyse(series);
 * if (outcome instanceof Outcome.Accepted<ChartAnalysis> accepted) {
 *     ChartAnalysis analysis = accepted.value();
 * } else {
 *     outcome.problems().forEach(p -> System.err.println(p.message()));
 * }
 * }</pre>
 *
 * @param <T> the type of the accepted value
 * @since 0.1.0
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Refused {

    /**
     * The value was accepted.
     *
     * @param value the value, never null
     * @param <T> the type of the value
     * @since 0.1.0
     */
    record Accepted<T>(T value) implements Outcome<T> {
        /**
         * Checks the value.
         *
         * @param value the value, never null
         */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The input was refused.
     *
     * @param problems why, never empty
     * @param <T> the type a value would have had
     * @since 0.1.0
     */
    record Refused<T>(List<Problem> problems) implements Outcome<T> {
        /**
         * Checks and copies the problems.
         *
         * @param problems why, never empty
         */
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one problem");
            }
        }

        /** {@return the problems' messages, one per line} */
        public String summary() {
            return problems.stream().map(Problem::message).collect(Collectors.joining(System.lineSeparator()));
        }
    }

    /**
     * {@return an accepted outcome}
     *
     * @param <T> the type of the value
     * @param value the value, never null
     */
    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /**
     * {@return a refused outcome}
     *
     * @param <T> the type of the value
     * @param problems why, never empty
     */
    static <T> Outcome<T> refused(List<Problem> problems) {
        return new Refused<>(problems);
    }

    /** {@return whether the value was accepted} */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** {@return the accepted value, or empty when refused} */
    default Optional<T> accepted() {
        return this instanceof Accepted<T> accepted ? Optional.of(accepted.value()) : Optional.empty();
    }

    /** {@return the problems, empty when accepted} */
    default List<Problem> problems() {
        return this instanceof Refused<T> refused ? refused.problems() : List.of();
    }

    /**
     * Applies {@code mapper} to an accepted value; a refusal passes through unchanged.
     *
     * @param <U> the type of the new value
     * @param mapper turns an accepted value into another
     * @return the mapped value, accepted, or this refusal
     */
    default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Accepted<T> accepted) {
            return new Accepted<>(mapper.apply(accepted.value()));
        }
        return new Refused<>(problems());
    }

    /**
     * Applies {@code next} to an accepted value; a refusal passes through unchanged.
     *
     * @param <U> the type of the new value
     * @param next the next step, which may itself refuse
     * @return the next step's outcome, or this refusal
     */
    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> next) {
        if (this instanceof Accepted<T> accepted) {
            return next.apply(accepted.value());
        }
        return new Refused<>(problems());
    }

    /**
     * {@return the accepted value, for callers that have already ruled refusals out (tests,
     * examples with fixed data)}
     *
     * @throws IllegalStateException whose message lists each problem on its own line, when the
     *     input was refused
     */
    default T orElseThrow() {
        return orElseThrow(problems -> new IllegalStateException("The input was refused (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  " + p.message()).collect(Collectors.joining())));
    }

    /**
     * {@return the accepted value; otherwise throws what {@code exception} makes of the problems}
     *
     * @param exception makes the exception to throw from the problems
     * @param <X> the exception thrown
     * @throws X when the input was refused
     */
    default <X extends Throwable> T orElseThrow(Function<? super List<Problem>, ? extends X> exception) throws X {
        Objects.requireNonNull(exception, "exception");
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw exception.apply(problems());
    }
}
