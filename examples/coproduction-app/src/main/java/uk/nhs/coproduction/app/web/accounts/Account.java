package uk.nhs.coproduction.app.web.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.access.Principal;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;

/**
 * One person's account in the app: the pseudonymous id recorded as the {@link Actor} of what they
 * do (never their name), an optional display name, the Argon2id hash of their password (empty for
 * someone who signs in only through their organisation's OpenID Connect provider), the roles
 * the organisation assigned them, organisation-wide or on one project, and the external identities
 * (issuer and subject) they sign in with.
 *
 * <p>The display name is personal data: it is shown to the person themselves and never logged;
 * {@link #toString()} leaves it and the hash out.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the pseudonymous id, such as {@code qi-lead-1} or a partner's {@code P-01}
 * @param displayName what the person likes to be called, or null
 * @param passwordHash the Argon2id PHC string, or "" if the account has no password
 * @param organisationRoles the roles assigned on every project (only roles that
 *     {@link ProjectRole#isAssigned()})
 * @param projectRoles the roles assigned on one project each
 * @param identities the external identities that sign in as this account
 * @param created when the account was made
 */
public record Account(Actor id, @Nullable String displayName, String passwordHash, Set<ProjectRole> organisationRoles,
        Map<ProjectId, Set<ProjectRole>> projectRoles, Set<ExternalIdentity> identities, Instant created) {

    /** Checks the roles and copies the collections. */
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(created, "created");
        organisationRoles = Set.copyOf(checked(organisationRoles));
        Map<ProjectId, Set<ProjectRole>> copy = new LinkedHashMap<>();
        projectRoles.forEach((project, roles) -> copy.put(project, Set.copyOf(checked(roles))));
        projectRoles = Map.copyOf(copy);
        identities = Set.copyOf(identities);
        if (displayName != null && displayName.isBlank()) {
            displayName = null;
        }
    }

    private static Set<ProjectRole> checked(Set<ProjectRole> roles) {
        for (ProjectRole role : roles) {
            if (!role.isAssigned()) {
                throw new IllegalArgumentException("the role " + role + " is read from the project, never assigned");
            }
        }
        return roles;
    }

    /** A new account with a password and organisation-wide roles, made now. */
    public static Account of(Actor id, @Nullable String displayName, String passwordHash, Set<ProjectRole> roles,
            Instant created) {
        return new Account(id, displayName, passwordHash, roles, Map.of(), Set.of(), created);
    }

    /** {@return the roles assigned on {@code project}: the organisation-wide ones and the project's own} */
    public Set<ProjectRole> rolesOn(@Nullable ProjectId project) {
        Set<ProjectRole> roles = EnumSet.noneOf(ProjectRole.class);
        roles.addAll(organisationRoles);
        if (project != null) {
            roles.addAll(projectRoles.getOrDefault(project, Set.of()));
        }
        return roles;
    }

    /**
     * {@return who this person is to the access policy on {@code project}: their id and assigned
     * roles; the roles the project gives them (co-design team, sponsor) are read from it}
     */
    public Principal principalOn(@Nullable ProjectId project) {
        return new Principal(id, rolesOn(project));
    }

    /** {@return whether this account holds {@code role} on {@code project} (or everywhere)} */
    public boolean holds(ProjectRole role, @Nullable ProjectId project) {
        return rolesOn(project).contains(role);
    }

    /** {@return this account with one more role on one project} */
    public Account withProjectRole(ProjectId project, ProjectRole role) {
        Map<ProjectId, Set<ProjectRole>> copy = new LinkedHashMap<>(projectRoles);
        Set<ProjectRole> roles = EnumSet.noneOf(ProjectRole.class);
        roles.addAll(copy.getOrDefault(project, Set.of()));
        roles.add(role);
        copy.put(project, roles);
        return new Account(id, displayName, passwordHash, organisationRoles, copy, identities, created);
    }

    /**
     * {@return this account with exactly these organisation-wide roles, its roles on projects
     * kept}
     *
     * @param roles the roles assigned on every project (only assigned roles)
     */
    public Account withOrganisationRoles(Set<ProjectRole> roles) {
        return new Account(id, displayName, passwordHash, roles, projectRoles, identities, created);
    }

    /** {@return this account with an external identity that signs in as it} */
    public Account withIdentity(ExternalIdentity identity) {
        Set<ExternalIdentity> copy = new LinkedHashSet<>(identities);
        copy.add(identity);
        return new Account(id, displayName, passwordHash, organisationRoles, projectRoles, copy, created);
    }

    /** {@return whether the account can sign in with a password} */
    public boolean hasPassword() {
        return !passwordHash.isEmpty();
    }

    /** {@return the id and roles only: never the display name or the password's hash} */
    @Override
    public String toString() {
        return "Account[" + id.value() + ", roles " + organisationRoles + ", projects " + projectRoles.keySet() + "]";
    }
}
