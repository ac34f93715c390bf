package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * Records an approval that an organisation's workflow asks for, given by the executive sponsor or
 * an oversight group member.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param approval what approved it, as the workflow definition names it
 * @param approvedBy who recorded it
 * @param approvedOn when
 * @since 0.1.0
 */
public record RecordApprovalCommand(
        @NotBlank @Size(max = 200) String approval,
        @NotNull PartnerId approvedBy,
        @NotNull LocalDate approvedOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
