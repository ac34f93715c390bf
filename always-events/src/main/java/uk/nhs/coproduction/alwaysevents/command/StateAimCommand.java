package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * States the SMART aim: by a date, for what share of which people, what will happen.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param population who it is for
 * @param measure what will happen, as measured
 * @param percent the share, above 0 and at most 100
 * @param achieveBy the date by which it will be achieved
 * @since 0.1.0
 */
public record StateAimCommand(
        @NotBlank @Size(max = 500) String population,
        @NotBlank @Size(max = 500) String measure,
        @DecimalMin(value = "0", inclusive = false, message = "must be more than 0") @DecimalMax("100") double percent,
        @NotNull LocalDate achieveBy) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
