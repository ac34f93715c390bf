package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Records that a planned PDSA cycle was carried out, with what was observed.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param cycle the cycle's number
 * @param observations what was observed
 * @param carriedOutOn when
 * @since 0.1.0
 */
public record RecordPdsaDoCommand(
        @Positive int cycle,
        @NotBlank @Size(max = 2000) String observations,
        @NotNull LocalDate carriedOutOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
