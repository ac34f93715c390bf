package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Starts an Always Events&reg; project: who runs it, what it is called and its area of focus (the
 * population and care setting). The project begins in set-up and oversight.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param organisation the organisation, such as "Humber NHS Foundation Trust"
 * @param title a short title
 * @param areaOfFocus the population and care setting
 * @param startedOn when the project started
 * @since 0.1.0
 */
public record StartProjectCommand(
        @NotBlank @Size(max = 200) String organisation,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 500) String areaOfFocus,
        @NotNull LocalDate startedOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
