package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;

/**
 * Sets the project's progress score on the IHI scale, saying why. Every change is kept, with who
 * set it.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param score the score
 * @param rationale why
 * @param setOn when
 * @since 0.1.0
 */
public record SetProgressScoreCommand(
        @NotNull ProgressScore score,
        @NotBlank @Size(max = 1000) String rationale,
        @NotNull LocalDate setOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
