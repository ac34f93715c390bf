package uk.nhs.coproduction.model.validation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating a value: {@link Valid} with the value, or {@link Invalid} with every
 * violation found.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the value validated
 */
public sealed interface ValidationResult<T> {

    /** Whether the value broke no constraint. */
    default boolean isValid() {
        return this instanceof Valid<T>;
    }

    /** The violations, sorted by path; empty when valid. */
    List<Violation> violations();

    /**
     * The value broke no constraint.
     *
     * @param value the value, never null
     * @param <T> the type of the value
     */
    record Valid<T>(T value) implements ValidationResult<T> {
        /** Rejects a null value. */
        public Valid {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<Violation> violations() {
            return List.of();
        }
    }

    /**
     * The value broke at least one constraint.
     *
     * @param violations every violation, sorted by path; never empty
     * @param <T> the type of the value
     */
    record Invalid<T>(List<Violation> violations) implements ValidationResult<T> {
        /** Copies and sorts the violations; rejects an empty list. */
        public Invalid {
            violations = violations.stream().sorted().toList();
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one violation");
            }
        }
    }
}
