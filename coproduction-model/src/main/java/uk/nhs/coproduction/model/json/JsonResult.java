package uk.nhs.coproduction.model.json;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of reading a JSON document: {@link Accepted} with the whole value, or
 * {@link Refused} with every problem found. Nothing partial is ever returned. The vocabulary and
 * methods are the same as every other result type of the library (see {@code docs/results.md}).
 *
 * <pre>{@code
 * JsonResult<Partnership> read = CoproductionJson.standard().read(DocumentType.PARTNERSHIP, path);
 * if (read instanceof JsonResult.Accepted<Partnership> accepted) {
 *     use(accepted.value());
 * } else {
 *     read.problems().forEach(p -> System.err.println(p.describe()));
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the document's value
 * @since 0.1.0
 */
public sealed interface JsonResult<T> permits JsonResult.Accepted, JsonResult.Refused {

    /**
     * {@return an accepted result holding {@code value}}
     *
     * @param <T> the type of the value a document holds
     * @param value the value, never null
     */
    static <T> JsonResult<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /**
     * {@return a refused result with these problems (at least one)}
     *
     * @param <T> the type of the value a document holds
     * @param problems every problem found, in document order; never empty
     */
    static <T> JsonResult<T> refused(List<JsonProblem> problems) {
        return new Refused<>(problems);
    }

    /** {@return the problems found, in document order; empty when accepted} */
    List<JsonProblem> problems();

    /** {@return whether the document was accepted} */
    default boolean isAccepted() {
        return this instanceof Accepted<T>;
    }

    /**
     * Applies {@code mapper} to an accepted value; a refusal passes through with its problems.
     *
     * @param <U> the type of the new value
     * @param mapper turns an accepted value into another
     * @return the mapped value, accepted, or this refusal
     */
    default <U> JsonResult<U> map(Function<? super T, ? extends U> mapper) {
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
    default <U> JsonResult<U> flatMap(Function<? super T, JsonResult<U>> next) {
        Objects.requireNonNull(next, "next");
        if (this instanceof Accepted<T> accepted) {
            return Objects.requireNonNull(next.apply(accepted.value()), "next returned null");
        }
        return new Refused<>(problems());
    }

    /**
     * {@return the value, if accepted}
     *
     * @throws JsonDocumentException (an {@link IllegalStateException}) whose message lists each
     *     problem on its own line, if refused
     */
    default T orElseThrow() {
        return orElseThrow(JsonDocumentException::new);
    }

    /**
     * {@return the value, if accepted; otherwise throws what {@code exception} makes of the
     * problems}
     *
     * @param exception makes the exception to throw from the problems
     * @param <X> the exception thrown
     * @throws X if refused
     */
    default <X extends Throwable> T orElseThrow(Function<? super List<JsonProblem>, ? extends X> exception) throws X {
        Objects.requireNonNull(exception, "exception");
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw exception.apply(problems());
    }

    /**
     * The document was read and is valid.
     *
     * @param value the value, never null
     * @param <T> the type of the value
     * @since 0.1.0
     */
    record Accepted<T>(T value) implements JsonResult<T> {
        /**
         * Rejects a null value.
         *
         * @param value the value, never null
         */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<JsonProblem> problems() {
            return List.of();
        }
    }

    /**
     * The document was refused.
     *
     * @param problems every problem found, in document order; never empty
     * @param <T> the type the document would have had
     * @since 0.1.0
     */
    record Refused<T>(List<JsonProblem> problems) implements JsonResult<T> {
        /**
         * Copies the problems; rejects an empty list.
         *
         * @param problems every problem found, in document order; never empty
         */
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refused document needs at least one problem");
            }
        }
    }
}
