package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * States the vision statement the co-design team agreed, in the patient's own words ("I will
 * always…").
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param text the statement
 * @param agreedOn when it was agreed
 * @since 0.1.0
 */
public record StateVisionCommand(
        @NotBlank @Size(max = 300) @Pattern(regexp = "(?is).*\\balways\\b.*", message = "must say what will always happen, in people's own words (for example \"I will always…\")") String text,
        @NotNull LocalDate agreedOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
