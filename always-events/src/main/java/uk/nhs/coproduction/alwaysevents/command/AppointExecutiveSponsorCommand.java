package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * Appoints the board-level executive sponsor who champions the project (replacing any earlier
 * one).
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param sponsor the sponsor's pseudonymous id
 * @param appointedOn when
 * @since 0.1.0
 */
public record AppointExecutiveSponsorCommand(
        @NotNull PartnerId sponsor,
        @NotNull LocalDate appointedOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
