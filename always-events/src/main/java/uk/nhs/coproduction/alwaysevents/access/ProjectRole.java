package uk.nhs.coproduction.alwaysevents.access;

/**
 * A role someone holds on one Always Events&reg; project. The constants are the closed
 * vocabulary; what each is called and what it may do are data in the {@link AccessPolicy}.
 *
 * <p>Some roles are defined by the method and read from the project's state (who is in the
 * co-design team, who has lived experience, who was appointed executive sponsor): they are never
 * assigned, so nobody becomes a partner or a sponsor by a setting. The others are assigned by the
 * organisation (see {@link #isAssigned()}).
 *
 * @since 0.1.0
 */
public enum ProjectRole {
    /** Leads the project and its quality improvement work; assigned by the organisation. */
    QI_LEAD(true, true),
    /** A member of the co-design team, staff or partner; read from the project. */
    CO_DESIGN_MEMBER(false, true),
    /**
     * A member of the co-design team whose roles bring lived experience (a patient, service user,
     * carer or family member, or a paid lived-experience role); read from the project.
     */
    LIVED_EXPERIENCE_PARTNER(false, true),
    /** A member of the oversight group; read from the project. */
    OVERSIGHT_MEMBER(false, true),
    /** The executive sponsor the project appointed; read from the project. */
    EXECUTIVE_SPONSOR(false, true),
    /** Someone who may follow the project but is not a member of it; assigned by the organisation. */
    VIEWER(true, false);

    private final boolean assigned;
    private final boolean member;

    ProjectRole(boolean assigned, boolean member) {
        this.assigned = assigned;
        this.member = member;
    }

    /**
     * {@return whether the organisation assigns this role; false for the roles the method defines,
     * which are read from the project's state}
     */
    public boolean isAssigned() {
        return assigned;
    }

    /**
     * {@return whether holding this role makes someone a member of the project, who may see the
     * partners' pseudonymous ids}
     */
    public boolean isMember() {
        return member;
    }
}
