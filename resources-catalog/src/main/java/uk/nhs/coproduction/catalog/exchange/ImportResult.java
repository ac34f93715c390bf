package uk.nhs.coproduction.catalog.exchange;

import java.util.List;

/**
 * The outcome of an import: everything {@link Imported}, or nothing and the full list of
 * {@link Rejected#errors() errors}. An import is all or nothing.
 *
 * @param <T> what the file holds
 */
public sealed interface ImportResult<T> {

    /**
     * Every row was valid.
     *
     * @param value what was read, never null
     * @param <T> what the file holds
     */
    record Imported<T>(T value) implements ImportResult<T> {
    }

    /**
     * At least one row was invalid, so nothing was imported.
     *
     * @param errors every error found, in file order, never empty
     * @param <T> what the file would have held
     */
    record Rejected<T>(List<ImportError> errors) implements ImportResult<T> {

        /** Copies the list. */
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejected import has at least one error");
            }
        }
    }

    /**
     * The imported value.
     *
     * @throws IllegalStateException listing the errors if the import was rejected
     */
    default T orElseThrow() {
        if (this instanceof Imported<T> imported) {
            return imported.value();
        }
        throw new IllegalStateException("import rejected: " + ((Rejected<T>) this).errors());
    }
}
