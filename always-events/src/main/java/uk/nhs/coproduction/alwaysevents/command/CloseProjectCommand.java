package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Closes the project, saying why. Nothing more can be recorded.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param reason why
 * @param on when
 * @since 0.1.0
 */
public record CloseProjectCommand(
        @NotBlank @Size(max = 500) String reason,
        @NotNull LocalDate on) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
