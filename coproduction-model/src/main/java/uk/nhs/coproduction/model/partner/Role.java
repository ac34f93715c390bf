package uk.nhs.coproduction.model.partner;

/**
 * A role a partner holds in co-production. A person may hold several (a carer who is also a
 * member of staff holds both), and whether they have lived experience is derived from their
 * roles: see {@link #group()}.
 *
 * @since 0.1.0
 */
public enum Role {
    /** Someone who uses, or has used, the service as a patient. */
    PATIENT(RoleGroup.LIVED_EXPERIENCE, "patient"),
    /** Someone who uses, or has used, a service (the usual term in mental health and social care). */
    SERVICE_USER(RoleGroup.LIVED_EXPERIENCE, "service user"),
    /** Someone who looks after a family member or friend without being paid to. */
    UNPAID_CARER(RoleGroup.LIVED_EXPERIENCE, "unpaid carer"),
    /** A family member of someone who uses the service. */
    FAMILY_MEMBER(RoleGroup.LIVED_EXPERIENCE, "family member"),
    /** A paid role that draws on lived experience, such as a peer support worker. */
    PAID_LIVED_EXPERIENCE_ROLE(RoleGroup.LIVED_EXPERIENCE, "paid lived-experience role"),
    /** Staff who give care or services directly (point-of-care staff). */
    FRONT_LINE_STAFF(RoleGroup.STAFF, "front-line staff"),
    /** Staff who lead or support quality improvement (QI). */
    IMPROVEMENT_STAFF(RoleGroup.STAFF, "improvement (QI) staff"),
    /** Staff who lead on patient and carer experience, involvement or engagement. */
    EXPERIENCE_OF_CARE_STAFF(RoleGroup.STAFF, "experience of care staff"),
    /** A board-level sponsor who champions the work. */
    EXECUTIVE_SPONSOR(RoleGroup.STAFF, "executive sponsor"),
    /** A partner from Healthwatch or a voluntary, community or social enterprise organisation. */
    VOLUNTARY_SECTOR_PARTNER(RoleGroup.VOLUNTARY_SECTOR, "voluntary sector or Healthwatch partner");

    private final RoleGroup group;
    private final String label;

    Role(RoleGroup group, String label) {
        this.group = group;
        this.label = label;
    }

    /** {@return which kind of partner this role makes someone; never null} */
    public RoleGroup group() {
        return group;
    }

    /** {@return whether this role brings lived experience} */
    public boolean isLivedExperience() {
        return group == RoleGroup.LIVED_EXPERIENCE;
    }

    /** {@return whether this is a staff role} */
    public boolean isStaff() {
        return group == RoleGroup.STAFF;
    }

    /** {@return a short lower-case label for people to read, such as "unpaid carer"} */
    public String label() {
        return label;
    }
}
