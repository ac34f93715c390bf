package uk.nhs.coproduction.catalog.resource;

import java.util.List;

/**
 * The outcome of checking a {@link Resource.Builder}: either the {@link Valid} resource or the
 * {@link Invalid} list of every rule broken (not just the first).
 */
public sealed interface ResourceValidation {

    /**
     * Every rule holds.
     *
     * @param resource the resource built, never null
     */
    record Valid(Resource resource) implements ResourceValidation {
    }

    /**
     * At least one rule is broken.
     *
     * @param violations every rule broken, in field order, never empty
     */
    record Invalid(List<Violation> violations) implements ResourceValidation {

        /** Copies the list. */
        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid resource has at least one violation");
            }
        }
    }
}
