package uk.nhs.coproduction.catalog.resource;

/**
 * One rule a resource breaks, with the field it is about and a message a person can act on.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param field the field the rule is about, never null
 * @param message what is wrong and what is allowed, never null
 * @since 0.1.0
 */
public record Violation(ResourceField field, String message) {

    @Override
    public String toString() {
        return field.wireName() + ": " + message;
    }
}
