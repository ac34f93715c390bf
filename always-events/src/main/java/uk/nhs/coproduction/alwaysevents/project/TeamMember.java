package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

/**
 * A member of the co-design team or the oversight group: a partner of the co-production model
 * (a pseudonymous id and roles), with when they joined.
 *
 * <p>{@code joinedIn} and {@code joinedAtVersion} say when, in the project's own history, the
 * person joined, which is how the workflow checks that people with lived experience were there
 * from the very start.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the pseudonymous id
 * @param roles the roles they hold, never empty
 * @param joinedIn the phase the project was in when they joined
 * @param joinedAtVersion the version of the project's event that recorded their joining
 * @param joinedOn the date they joined
 * @since 0.1.0
 */
public record TeamMember(PartnerId id, Set<Role> roles, Phase joinedIn, long joinedAtVersion, LocalDate joinedOn) {

    private static final Role[] LIVED_EXPERIENCE_ROLES = java.util.Arrays.stream(Role.values())
            .filter(Role::isLivedExperience).toArray(Role[]::new);

    /**
     * Checks the components and copies the roles.
     *
     * @param id the pseudonymous id
     * @param roles the roles they hold, never empty
     * @param joinedIn the phase the project was in when they joined
     * @param joinedAtVersion the version of the project's event that recorded their joining
     * @param joinedOn the date they joined
     */
    public TeamMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(joinedIn, "joinedIn");
        Objects.requireNonNull(joinedOn, "joinedOn");
        roles = copyRoles(roles);
        if (joinedAtVersion < 1) {
            throw new IllegalArgumentException("a member joins at a version from 1: " + joinedAtVersion);
        }
    }

    /**
     * {@return whether any of the member's roles brings lived experience (as the co-production
     * model says)}
     */
    public boolean hasLivedExperience() {
        // Asks the set about each lived-experience role rather than iterating it: no iterator is
        // allocated, which matters because guards ask this of every member on every verdict.
        for (Role role : LIVED_EXPERIENCE_ROLES) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether the member is front-line (point-of-care) staff} */
    public boolean isFrontLineStaff() {
        return roles.contains(Role.FRONT_LINE_STAFF);
    }

    /** {@return the member as a partner of the co-production model} */
    public Partner asPartner() {
        return Partner.of(id, roles);
    }

    static Set<Role> copyRoles(Set<Role> roles) {
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a member holds at least one role");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
