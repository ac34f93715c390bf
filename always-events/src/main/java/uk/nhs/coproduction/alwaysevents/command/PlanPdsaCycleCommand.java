package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Plans a PDSA cycle that tests a change idea, with a prediction. Cycles are numbered in order.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param changeIdeaId the change idea tested, such as {@code C1}
 * @param objective what the cycle is for
 * @param prediction what the team predicts
 * @param arrangements who, what, where and when
 * @param dataCollection what data will be collected
 * @param plannedOn when it was planned
 * @param period the measurement period of the test, or null
 * @since 0.1.0
 */
public record PlanPdsaCycleCommand(
        @NotBlank @Pattern(regexp = "C[1-9][0-9]*") String changeIdeaId,
        @NotBlank @Size(max = 2000) String objective,
        @NotBlank @Size(max = 2000) String prediction,
        @NotBlank @Size(max = 2000) String arrangements,
        @NotBlank @Size(max = 2000) String dataCollection,
        @NotNull LocalDate plannedOn,
        @Nullable @Size(min = 1, max = 32) String period) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
