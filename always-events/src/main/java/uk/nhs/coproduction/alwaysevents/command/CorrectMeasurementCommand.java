package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Corrects a period's measurement that was recorded earlier, saying why.
 *
 * <p>Checked with Bean Validation before it is decided, including that the numerator is at most the
 * denominator ({@link Counts}). This record is immutable and thread-safe.
 *
 * @param period the period's label
 * @param numerator for how many the event happened
 * @param denominator how many were eligible
 * @param reason why it is corrected
 * @since 0.1.0
 */
public record CorrectMeasurementCommand(
        @NotBlank @Size(max = 32) String period,
        @PositiveOrZero(message = "must be 0 or more") int numerator,
        @PositiveOrZero(message = "must be 0 or more") int denominator,
        @NotBlank @Size(max = 500) String reason) implements ProjectCommand, Counts {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
