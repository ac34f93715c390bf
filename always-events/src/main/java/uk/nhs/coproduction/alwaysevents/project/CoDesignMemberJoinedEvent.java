package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

/**
 * A partner joined the co-design team while the project was in {@code joinedIn}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param partner their id
 * @param roles their roles
 * @param joinedIn the phase the project was in
 * @param joinedOn when
 * @since 0.1.0
 */
public record CoDesignMemberJoinedEvent(PartnerId partner, Set<Role> roles, Phase joinedIn, LocalDate joinedOn) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param partner their id
     * @param roles their roles
     * @param joinedIn the phase the project was in
     * @param joinedOn when
     */
    public CoDesignMemberJoinedEvent {
        Objects.requireNonNull(partner, "partner");
        roles = TeamMember.copyRoles(roles);
        Objects.requireNonNull(joinedIn, "joinedIn");
        Objects.requireNonNull(joinedOn, "joinedOn");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
