package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Takes a step of the workflow, such as {@code understand-what-matters}: permitted only when
 * every guard of the transition holds.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param transitionId the transition's id
 * @param on the date of the step
 * @since 0.1.0
 */
public record TakeTransitionCommand(
        @NotBlank @Size(max = 64) String transitionId,
        @NotNull LocalDate on) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
