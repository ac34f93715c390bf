package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

/**
 * Adds someone to the oversight (steering) group.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param partner their pseudonymous id
 * @param roles the roles they hold
 * @param joinedOn when they joined
 * @since 0.1.0
 */
public record JoinOversightGroupCommand(
        @NotNull PartnerId partner,
        @NotEmpty Set<@NotNull Role> roles,
        @NotNull LocalDate joinedOn) implements ProjectCommand {
    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
