package uk.nhs.coproduction.catalog.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.exchange.ImportError;

/** Collects import errors; a parse that throws IllegalArgumentException becomes an error at its place. */
public final class Problems {

    private final List<ImportError> errors = new ArrayList<>();

    /** Records an error. */
    public void add(int row, String column, String message) {
        errors.add(new ImportError(row, column, message));
    }

    /** Runs a parse; on IllegalArgumentException records its message at row/column and returns null. */
    public <T> @Nullable T attempt(int row, String column, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            add(row, column, String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** Whether any error was recorded. */
    public boolean any() {
        return !errors.isEmpty();
    }

    /** How many errors so far. */
    public int count() {
        return errors.size();
    }

    /** The errors in the order found. */
    public List<ImportError> errors() {
        return List.copyOf(errors);
    }
}
