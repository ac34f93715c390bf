package uk.nhs.coproduction.model.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.internal.Copies;

/**
 * A person who takes part in co-production, identified by a pseudonymous {@link PartnerId}.
 *
 * <p>A partner holds one or more {@link Role}s; {@link #hasLivedExperience()} and
 * {@link #isStaff()} are derived from them. Name and contact details are optional, and community
 * information is recorded only with consent. None of these appear in {@link #toString()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the pseudonymous id, never null
 * @param roles the roles the person holds, in declared order; must not be empty to be valid
 * @param personalDetails optional name and contact details, or null
 * @param communityInformation community information shared with consent, or null
 * @since 0.1.0
 */
public record Partner(
        @Valid PartnerId id,
        @NotEmpty Set<Role> roles,
        @Nullable @Valid PersonalDetails personalDetails,
        @Nullable @Valid CommunityInformation communityInformation) {

    /**
     * Copies the roles; rejects nulls.
     *
     * @param id the pseudonymous id, never null
     * @param roles the roles the person holds, in declared order; must not be empty to be valid
     * @param personalDetails optional name and contact details, or null
     * @param communityInformation community information shared with consent, or null
     */
    public Partner {
        Objects.requireNonNull(id, "id");
        roles = Copies.enumSet(Role.class, roles, "roles");
    }

    /**
     * {@return a partner with these roles and no personal details or community information}
     *
     * @param id the pseudonymous id, never null
     * @param role the first role
     * @param moreRoles any further roles
     */
    public static Partner of(PartnerId id, Role role, Role... moreRoles) {
        EnumSet<Role> roles = EnumSet.of(role, moreRoles);
        return new Partner(id, roles, null, null);
    }

    /**
     * {@return a partner with these roles and no personal details or community information}
     *
     * @param id the pseudonymous id, never null
     * @param roles the roles the person holds, in declared order; must not be empty to be valid
     */
    public static Partner of(PartnerId id, Set<Role> roles) {
        return new Partner(id, roles, null, null);
    }

    /**
     * {@return a copy holding {@code role} as well}
     *
     * @param role the role to add
     */
    public Partner withRole(Role role) {
        EnumSet<Role> more = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        more.add(role);
        return new Partner(id, more, personalDetails, communityInformation);
    }

    /**
     * {@return a copy with these personal details (null removes them)}
     *
     * @param details the person's name and contact details, or null to remove them
     */
    public Partner withPersonalDetails(@Nullable PersonalDetails details) {
        return new Partner(id, roles, details, communityInformation);
    }

    /**
     * {@return a copy with this community information, shared with consent}
     *
     * @param information the person's self-described community information, with the date consent
     *     was given
     */
    public Partner withCommunityInformation(CommunityInformation information) {
        return new Partner(id, roles, personalDetails, Objects.requireNonNull(information, "information"));
    }

    /** {@return a copy without community information, as when the person withdraws consent} */
    public Partner withoutCommunityInformation() {
        return new Partner(id, roles, personalDetails, null);
    }

    /**
     * {@return whether the person holds {@code role}}
     *
     * @param role the role to look for
     */
    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** {@return whether any of the person's roles brings lived experience} */
    public boolean hasLivedExperience() {
        return roles.stream().anyMatch(Role::isLivedExperience);
    }

    /** {@return whether any of the person's roles is a staff role} */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** {@return whether the person is a voluntary sector or Healthwatch partner} */
    public boolean isVoluntarySectorPartner() {
        return roles.stream().anyMatch(r -> r.group() == RoleGroup.VOLUNTARY_SECTOR);
    }

    /** Shows the id and roles only; personal details and community information are withheld. */
    @Override
    public String toString() {
        return "Partner[id=" + id + ", roles=" + roles
                + ", personalDetails=" + (personalDetails == null ? "none" : "withheld")
                + ", communityInformation=" + (communityInformation == null ? "none" : "withheld") + "]";
    }
}
