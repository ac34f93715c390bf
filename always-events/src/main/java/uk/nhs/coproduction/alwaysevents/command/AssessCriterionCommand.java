package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;

/**
 * Records the co-design team's assessment of one of the four criteria, with its evidence.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param met whether it is met
 * @param evidence the evidence
 * @param assessedOn when
 * @since 0.1.0
 */
public record AssessCriterionCommand(
        @NotNull Criterion criterion,
        boolean met,
        @NotBlank @Size(max = 2000) String evidence,
        @NotNull LocalDate assessedOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
