package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Records the study of a PDSA cycle: what was learnt, against the prediction.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param cycle the cycle's number
 * @param learning what was learnt
 * @param predictionConfirmed whether the prediction held
 * @param studiedOn when
 * @since 0.1.0
 */
public record RecordPdsaStudyCommand(
        @Positive int cycle,
        @NotBlank @Size(max = 2000) String learning,
        boolean predictionConfirmed,
        @NotNull LocalDate studiedOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
