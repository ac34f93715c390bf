package uk.nhs.coproduction.alwaysevents.progress;

import java.util.List;
import java.util.Objects;

/**
 * A progress score the library suggests from a project's facts, with the facts that support it.
 * It is only a suggestion: a person sets the score.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param level the suggested level
 * @param because the facts that support it, in plain English
 * @since 0.1.0
 */
public record ProgressSuggestion(ProgressLevel level, List<String> because) {

    /**
     * Checks and copies the components.
     *
     * @param level the suggested level
     * @param because the facts that support it, in plain English
     */
    public ProgressSuggestion {
        Objects.requireNonNull(level, "level");
        because = List.copyOf(because);
    }
}
