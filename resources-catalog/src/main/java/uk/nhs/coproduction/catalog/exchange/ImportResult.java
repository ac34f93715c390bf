package uk.nhs.coproduction.catalog.exchange;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outcome of an import: everything {@link Accepted}, or nothing and the full list of
 * {@link Refused#problems() errors}. An import is all or nothing. The vocabulary and methods are
 * the same as every other result type of the library (see {@code docs/results.md}).
 *
 * <pre>{@code
 * ImportResult<CatalogRelease> read = CatalogJson.read(in, Vocabularies.bundled());
 * if (read instanceof ImportResult.Refused<CatalogRelease> refused) {
 *     refused.problems().forEach(System.err::println); // "row 3, column summary: must not be blank"
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> what the file holds
 * @since 0.1.0
 */
public sealed interface ImportResult<T> permits ImportResult.Accepted, ImportResult.Refused {

    /**
     * {@return an accepted import of {@code value}}
     *
     * @param <T> the type of what is imported
     * @param value what was read, never null
     */
    static <T> ImportResult<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /**
     * {@return a refused import with these errors (at least one)}
     *
     * @param <T> the type of what is imported
     * @param problems every error found, in file order, never empty
     */
    static <T> ImportResult<T> refused(List<ImportError> problems) {
        return new Refused<>(problems);
    }

    /** {@return whether every row was valid} */
    default boolean isAccepted() {
        return this instanceof Accepted<T>;
    }

    /** {@return every error found, in file order; empty when accepted} */
    List<ImportError> problems();

    /**
     * Applies {@code mapper} to an accepted value; a refusal passes through with its errors.
     *
     * @param <U> the type of the new value
     * @param mapper turns an accepted value into another
     * @return the mapped value, accepted, or this refusal
     */
    default <U> ImportResult<U> map(Function<? super T, ? extends U> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        if (this instanceof Accepted<T> accepted) {
            return new Accepted<>(mapper.apply(accepted.value()));
        }
        return new Refused<>(problems());
    }

    /**
     * Applies {@code next} to an accepted value; a refusal passes through with its errors.
     *
     * @param <U> the type of the new value
     * @param next the next step, which may itself refuse
     * @return the next step's result, or this refusal
     */
    default <U> ImportResult<U> flatMap(Function<? super T, ImportResult<U>> next) {
        Objects.requireNonNull(next, "next");
        if (this instanceof Accepted<T> accepted) {
            return Objects.requireNonNull(next.apply(accepted.value()), "next returned null");
        }
        return new Refused<>(problems());
    }

    /**
     * {@return the imported value}
     *
     * @throws IllegalStateException whose message lists each error on its own line, if the
     *     import was refused
     */
    default T orElseThrow() {
        return orElseThrow(problems -> new IllegalStateException("The import was refused (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining())));
    }

    /**
     * {@return the imported value; otherwise throws what {@code exception} makes of the errors}
     *
     * @param exception makes the exception to throw from the errors
     * @param <X> the exception thrown
     * @throws X if the import was refused
     */
    default <X extends Throwable> T orElseThrow(Function<? super List<ImportError>, ? extends X> exception) throws X {
        Objects.requireNonNull(exception, "exception");
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw exception.apply(problems());
    }

    /**
     * Every row was valid.
     *
     * @param value what was read, never null
     * @param <T> what the file holds
     * @since 0.1.0
     */
    record Accepted<T>(T value) implements ImportResult<T> {
        /**
         * Rejects a null value.
         *
         * @param value what was read, never null
         */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<ImportError> problems() {
            return List.of();
        }
    }

    /**
     * At least one row was invalid, so nothing was imported.
     *
     * @param problems every error found, in file order, never empty
     * @param <T> what the file would have held
     * @since 0.1.0
     */
    record Refused<T>(List<ImportError> problems) implements ImportResult<T> {

        /**
         * Copies the list; rejects an empty one.
         *
         * @param problems every error found, in file order, never empty
         */
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refused import has at least one error");
            }
        }
    }
}
