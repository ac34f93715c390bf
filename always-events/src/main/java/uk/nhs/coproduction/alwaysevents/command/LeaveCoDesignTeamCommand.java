package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * Records that a partner has left the co-design team.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param partner their pseudonymous id
 * @param leftOn when they left
 * @since 0.1.0
 */
public record LeaveCoDesignTeamCommand(
        @NotNull PartnerId partner,
        @NotNull LocalDate leftOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
