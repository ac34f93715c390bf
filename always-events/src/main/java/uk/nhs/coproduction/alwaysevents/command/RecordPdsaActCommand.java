package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;

/**
 * Records the act of a PDSA cycle: adopt, adapt or abandon the change.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param cycle the cycle's number
 * @param decision adopt, adapt or abandon
 * @param nextSteps what happens next
 * @param decidedOn when
 * @since 0.1.0
 */
public record RecordPdsaActCommand(
        @Positive int cycle,
        @NotNull ActDecision decision,
        @NotBlank @Size(max = 2000) String nextSteps,
        @NotNull LocalDate decidedOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
