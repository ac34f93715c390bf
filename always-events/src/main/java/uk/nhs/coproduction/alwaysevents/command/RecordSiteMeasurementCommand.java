package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Records one period's measurement at a spread or scale-up site.
 *
 * <p>Checked with Bean Validation before it is decided, including that the numerator is at most the
 * denominator ({@link Counts}). This record is immutable and thread-safe.
 *
 * @param siteId the site
 * @param period the period's label
 * @param numerator for how many the event happened
 * @param denominator how many were eligible
 * @since 0.1.0
 */
public record RecordSiteMeasurementCommand(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String siteId,
        @NotBlank @Size(max = 32) String period,
        @PositiveOrZero(message = "must be 0 or more") int numerator,
        @PositiveOrZero(message = "must be 0 or more") int denominator) implements ProjectCommand, Counts {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
