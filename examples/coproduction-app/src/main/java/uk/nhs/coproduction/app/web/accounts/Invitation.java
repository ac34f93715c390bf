package uk.nhs.coproduction.app.web.accounts;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;

/**
 * A one-time invitation to a project: a QI lead made it for the pseudonymous id a person will have
 * (for a patient partner, the partner id the co-design team knows them by); whoever opens the link
 * before it expires chooses a password and becomes that account. Only the digest of the link's
 * secret is kept.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param digest the SHA-256 digest of the link's secret ({@link Tokens#digest})
 * @param project the project invited to
 * @param invitee the pseudonymous id the account will have
 * @param role an assigned role on the project ({@link ProjectRole#VIEWER} or
 *     {@link ProjectRole#QI_LEAD}), or null for a partner, whose roles come from the project
 * @param invitedBy who made the invitation
 * @param expires when the link stops working
 * @param used when it was used, or null while it can be
 */
public record Invitation(String digest, ProjectId project, Actor invitee, @Nullable ProjectRole role, Actor invitedBy,
        Instant expires, @Nullable Instant used) {

    /** Rejects nulls and a role the method defines. */
    public Invitation {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(invitee, "invitee");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(expires, "expires");
        if (role != null && !role.isAssigned()) {
            throw new IllegalArgumentException("an invitation assigns only assigned roles, not " + role);
        }
    }

    /** {@return whether the link can still be used at {@code now}} */
    public boolean usableAt(Instant now) {
        return used == null && now.isBefore(expires);
    }

    /** {@return this invitation, used at {@code when}} */
    public Invitation usedAt(Instant when) {
        return new Invitation(digest, project, invitee, role, invitedBy, expires, when);
    }

    @Override
    public String toString() {
        return "Invitation[" + project + ", " + invitee.value() + ", expires " + expires + (used != null ? ", used" : "")
                + "]";
    }
}
