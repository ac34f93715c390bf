package uk.nhs.coproduction.model.json;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a JSON document: {@link Accepted} with the whole value, or
 * {@link Rejected} with every problem found. Nothing partial is ever returned.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the document's value
 */
public sealed interface JsonResult<T> {

    /** The problems found; empty when accepted. */
    List<JsonProblem> problems();

    /** Whether the document was accepted. */
    default boolean isAccepted() {
        return this instanceof Accepted<T>;
    }

    /**
     * The value, if accepted.
     *
     * @throws JsonDocumentException listing the problems, if rejected
     */
    T orElseThrow();

    /**
     * The document was read and is valid.
     *
     * @param value the value, never null
     * @param <T> the type of the value
     */
    record Accepted<T>(T value) implements JsonResult<T> {
        /** Rejects a null value. */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<JsonProblem> problems() {
            return List.of();
        }

        @Override
        public T orElseThrow() {
            return value;
        }
    }

    /**
     * The document was rejected.
     *
     * @param problems every problem found, in document order; never empty
     * @param <T> the type the document would have had
     */
    record Rejected<T>(List<JsonProblem> problems) implements JsonResult<T> {
        /** Copies the problems; rejects an empty list. */
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected document needs at least one problem");
            }
        }

        @Override
        public T orElseThrow() {
            throw new JsonDocumentException(problems);
        }
    }
}
