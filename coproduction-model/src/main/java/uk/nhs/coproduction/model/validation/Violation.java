package uk.nhs.coproduction.model.validation;

import java.util.Objects;

/**
 * One broken constraint: where, what, and which constraint. The message is plain English from
 * the en-GB message bundle and never contains the value that was checked, so it is safe to log
 * and show even when the value is personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param path the property path, such as {@code members[2].partner.roles}; empty for the object
 *     itself
 * @param message what is wrong, in plain English
 * @param constraint the simple name of the constraint annotation, such as {@code NotBlank}
 * @since 0.1.0
 */
public record Violation(String path, String message, String constraint) implements Comparable<Violation> {

    /**
     * Rejects nulls.
     *
     * @param path the property path, such as {@code members[2].partner.roles}; empty for the object
     *     itself
     * @param message what is wrong, in plain English
     * @param constraint the simple name of the constraint annotation, such as {@code NotBlank}
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(constraint, "constraint");
    }

    /** Orders by path, then constraint, then message. */
    @Override
    public int compareTo(Violation other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byConstraint = constraint.compareTo(other.constraint);
        return byConstraint != 0 ? byConstraint : message.compareTo(other.message);
    }

    /** Reads like "members[2].partner.roles: must not be empty". */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(whole document)" : path) + ": " + message;
    }
}
