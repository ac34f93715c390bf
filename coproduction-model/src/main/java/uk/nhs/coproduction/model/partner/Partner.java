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
 */
public record Partner(
        @Valid PartnerId id,
        @NotEmpty Set<Role> roles,
        @Nullable @Valid PersonalDetails personalDetails,
        @Nullable @Valid CommunityInformation communityInformation) {

    /** Copies the roles; rejects nulls. */
    public Partner {
        Objects.requireNonNull(id, "id");
        roles = Copies.enumSet(Role.class, roles, "roles");
    }

    /** A partner with these roles and no personal details or community information. */
    public static Partner of(PartnerId id, Role role, Role... moreRoles) {
        EnumSet<Role> roles = EnumSet.of(role, moreRoles);
        return new Partner(id, roles, null, null);
    }

    /** A partner with these roles and no personal details or community information. */
    public static Partner of(PartnerId id, Set<Role> roles) {
        return new Partner(id, roles, null, null);
    }

    /** A copy holding {@code role} as well. */
    public Partner withRole(Role role) {
        EnumSet<Role> more = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        more.add(role);
        return new Partner(id, more, personalDetails, communityInformation);
    }

    /** A copy with these personal details (null removes them). */
    public Partner withPersonalDetails(@Nullable PersonalDetails details) {
        return new Partner(id, roles, details, communityInformation);
    }

    /** A copy with this community information, shared with consent. */
    public Partner withCommunityInformation(CommunityInformation information) {
        return new Partner(id, roles, personalDetails, Objects.requireNonNull(information, "information"));
    }

    /** A copy without community information, as when the person withdraws consent. */
    public Partner withoutCommunityInformation() {
        return new Partner(id, roles, personalDetails, null);
    }

    /** Whether the person holds {@code role}. */
    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** Whether any of the person's roles brings lived experience. */
    public boolean hasLivedExperience() {
        return roles.stream().anyMatch(Role::isLivedExperience);
    }

    /** Whether any of the person's roles is a staff role. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** Whether the person is a voluntary sector or Healthwatch partner. */
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
