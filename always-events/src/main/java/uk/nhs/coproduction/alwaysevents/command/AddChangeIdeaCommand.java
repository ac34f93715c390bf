package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adds a change idea under a secondary driver.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param secondaryDriverId the secondary driver, such as {@code S2}
 * @param text the idea
 * @since 0.1.0
 */
public record AddChangeIdeaCommand(
        @NotBlank @Pattern(regexp = "S[1-9][0-9]*") String secondaryDriverId,
        @NotBlank @Size(max = 500) String text) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
