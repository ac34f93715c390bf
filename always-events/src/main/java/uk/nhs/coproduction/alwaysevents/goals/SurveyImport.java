package uk.nhs.coproduction.alwaysevents.goals;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of reading a Staff Survey results file: {@link Accepted} with the value, or
 * {@link Refused} with every {@link SurveyProblem}, in file order. Nothing is half-read: a file
 * with any problem gives no results at all. The vocabulary and methods are those of every result
 * type of the library (see {@code docs/results.md}).
 *
 * @param <T> the type of the accepted value
 * @since 0.1.0
 */
public sealed interface SurveyImport<T> permits SurveyImport.Accepted, SurveyImport.Refused {

    /**
     * The file was read.
     *
     * @param value the value, never null
     * @param <T> the type of the value
     * @since 0.1.0
     */
    record Accepted<T>(T value) implements SurveyImport<T> {
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
     * The file was refused.
     *
     * @param problems every problem, in file order, never empty
     * @param <T> the type a value would have had
     * @since 0.1.0
     */
    record Refused<T>(List<SurveyProblem> problems) implements SurveyImport<T> {
        /**
         * Checks and copies the problems.
         *
         * @param problems every problem, never empty
         */
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one problem");
            }
        }
    }

    /**
     * {@return an accepted result}
     *
     * @param <T> the type of the value
     * @param value the value
     */
    static <T> SurveyImport<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /**
     * {@return a refused result}
     *
     * @param <T> the type of the value
     * @param problems every problem, never empty
     */
    static <T> SurveyImport<T> refused(List<SurveyProblem> problems) {
        return new Refused<>(problems);
    }

    /** {@return whether the file was read} */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** {@return the accepted value, or empty when refused} */
    default Optional<T> accepted() {
        return this instanceof Accepted<T> accepted ? Optional.of(accepted.value()) : Optional.empty();
    }

    /** {@return every problem, in file order; empty when accepted} */
    default List<SurveyProblem> problems() {
        return this instanceof Refused<T> refused ? refused.problems() : List.of();
    }

    /**
     * Applies {@code mapper} to an accepted value; a refusal passes through with the same problems.
     *
     * @param <U> the type of the new value
     * @param mapper turns an accepted value into another
     * @return the mapped value, accepted, or this refusal
     */
    default <U> SurveyImport<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Accepted<T> accepted) {
            return new Accepted<>(mapper.apply(accepted.value()));
        }
        return new Refused<>(problems());
    }

    /**
     * Applies {@code next} to an accepted value; a refusal passes through with the same problems.
     *
     * @param <U> the type of the new value
     * @param next the next step, which may itself refuse
     * @return the next step's result, or this refusal
     */
    default <U> SurveyImport<U> flatMap(Function<? super T, SurveyImport<U>> next) {
        if (this instanceof Accepted<T> accepted) {
            return next.apply(accepted.value());
        }
        return new Refused<>(problems());
    }

    /**
     * {@return the accepted value, for callers that have already ruled refusals out}
     *
     * @throws IllegalStateException whose message lists each problem on its own line, when refused
     */
    default T orElseThrow() {
        return orElseThrow(problems -> new IllegalStateException("The import was refused (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  " + p.describe()).collect(Collectors.joining())));
    }

    /**
     * {@return the accepted value; otherwise throws what {@code exception} makes of the problems}
     *
     * @param exception makes the exception to throw from the problems
     * @param <X> the exception thrown
     * @throws X when refused
     */
    default <X extends Throwable> T orElseThrow(Function<? super List<SurveyProblem>, ? extends X> exception) throws X {
        Objects.requireNonNull(exception, "exception");
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw exception.apply(problems());
    }
}
