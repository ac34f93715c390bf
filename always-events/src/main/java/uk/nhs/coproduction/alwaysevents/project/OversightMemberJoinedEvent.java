package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

/**
 * Someone joined the oversight group.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param partner their id
 * @param roles their roles
 * @param joinedOn when
 * @since 0.1.0
 */
public record OversightMemberJoinedEvent(PartnerId partner, Set<Role> roles, LocalDate joinedOn) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param partner their id
     * @param roles their roles
     * @param joinedOn when
     */
    public OversightMemberJoinedEvent {
        Objects.requireNonNull(partner, "partner");
        roles = TeamMember.copyRoles(roles);
        Objects.requireNonNull(joinedOn, "joinedOn");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
