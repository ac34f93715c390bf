package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Resumes a paused project.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param on when
 * @since 0.1.0
 */
public record ResumeProjectCommand(
        @NotNull LocalDate on) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
