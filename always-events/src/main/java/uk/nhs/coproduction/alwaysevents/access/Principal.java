package uk.nhs.coproduction.alwaysevents.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ExecutiveSponsor;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * Who gives a command: a pseudonymous id (recorded as the {@link Actor} of the events) and the
 * roles the organisation has assigned them on the project, such as {@link ProjectRole#QI_LEAD}.
 *
 * <p>The roles the method defines are not assigned but read from the project's state by
 * {@link #rolesOn(AlwaysEventProject)}: someone in the co-design team is a
 * {@link ProjectRole#CO_DESIGN_MEMBER}, and a {@link ProjectRole#LIVED_EXPERIENCE_PARTNER} when
 * their roles bring lived experience; someone in the oversight group an
 * {@link ProjectRole#OVERSIGHT_MEMBER}; the appointed sponsor the
 * {@link ProjectRole#EXECUTIVE_SPONSOR}. So a person's roles follow the project: a partner who
 * leaves the co-design team no longer acts as one.
 *
 * <pre>{@code
 * Principal lead = Principal.of(Actor.of("qi-lead-1"), ProjectRole.QI_LEAD);
 * Principal partner = Principal.of(Actor.of("P-01"));   // a partner's roles come from the project
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param actor the pseudonymous id, recorded with every event the principal's commands give
 * @param assigned the roles the organisation assigned; only roles that {@link ProjectRole#isAssigned()}
 * @since 0.1.0
 * @provisional New in 0.1.0, for the web application's sign-in to come: how roles are assigned
 *     (per project or per organisation) may change.
 */
public record Principal(Actor actor, Set<ProjectRole> assigned) {

    /**
     * Checks the components and copies the roles.
     *
     * @param actor the pseudonymous id
     * @param assigned the roles the organisation assigned
     * @throws IllegalArgumentException if a role is one the method defines (read from the project,
     *     never assigned)
     */
    public Principal {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(assigned, "assigned");
        EnumSet<ProjectRole> copy = EnumSet.noneOf(ProjectRole.class);
        for (ProjectRole role : assigned) {
            if (!Objects.requireNonNull(role, "role").isAssigned()) {
                throw new IllegalArgumentException("the role " + role + " is read from the project's state and cannot be"
                        + " assigned; assign one of " + assignable());
            }
            copy.add(role);
        }
        assigned = Collections.unmodifiableSet(copy);
    }

    /**
     * {@return the principal with this id and these assigned roles}
     *
     * @param actor the pseudonymous id
     * @param assigned the roles the organisation assigned (none for someone whose roles all come
     *     from the project, such as a partner)
     * @throws IllegalArgumentException if a role is one the method defines
     */
    public static Principal of(Actor actor, ProjectRole... assigned) {
        EnumSet<ProjectRole> roles = EnumSet.noneOf(ProjectRole.class);
        roles.addAll(java.util.List.of(assigned));
        return new Principal(actor, roles);
    }

    /**
     * {@return this principal with one more assigned role}
     *
     * @param role the role to add
     * @throws IllegalArgumentException if the role is one the method defines
     */
    public Principal withRole(ProjectRole role) {
        EnumSet<ProjectRole> more = EnumSet.noneOf(ProjectRole.class);
        more.addAll(assigned);
        more.add(role);
        return new Principal(actor, more);
    }

    /** {@return the principal's id as a partner id, to look them up among the project's members} */
    public PartnerId partnerId() {
        return PartnerId.of(actor.value());
    }

    /**
     * {@return every role the principal holds on {@code project}: the assigned ones and those the
     * project's state gives them; only the assigned ones before the project is started}
     *
     * @param project the project, or null before it is started
     */
    public Set<ProjectRole> rolesOn(@Nullable AlwaysEventProject project) {
        EnumSet<ProjectRole> roles = EnumSet.noneOf(ProjectRole.class);
        roles.addAll(assigned);
        if (project != null) {
            PartnerId id = partnerId();
            TeamMember member = project.coDesignMember(id).orElse(null);
            if (member != null) {
                roles.add(ProjectRole.CO_DESIGN_MEMBER);
                if (member.hasLivedExperience()) {
                    roles.add(ProjectRole.LIVED_EXPERIENCE_PARTNER);
                }
            }
            if (project.oversightMember(id).isPresent()) {
                roles.add(ProjectRole.OVERSIGHT_MEMBER);
            }
            ExecutiveSponsor sponsor = project.sponsor();
            if (sponsor != null && sponsor.id().equals(id)) {
                roles.add(ProjectRole.EXECUTIVE_SPONSOR);
            }
        }
        return Collections.unmodifiableSet(roles);
    }

    private static Set<ProjectRole> assignable() {
        EnumSet<ProjectRole> roles = EnumSet.noneOf(ProjectRole.class);
        for (ProjectRole role : ProjectRole.values()) {
            if (role.isAssigned()) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Shows the id and the assigned roles; a pseudonymous id is not personal data on its own. */
    @Override
    public String toString() {
        return "Principal[" + actor + ", assigned=" + assigned + "]";
    }
}
