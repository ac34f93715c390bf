package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adds a secondary driver under a primary driver.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param primaryDriverId the primary driver, such as {@code P1}
 * @param text the driver
 * @since 0.1.0
 */
public record AddSecondaryDriverCommand(
        @NotBlank @Pattern(regexp = "P[1-9][0-9]*") String primaryDriverId,
        @NotBlank @Size(max = 500) String text) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
