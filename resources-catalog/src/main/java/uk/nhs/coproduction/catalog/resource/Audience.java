package uk.nhs.coproduction.catalog.resource;

/**
 * Who a resource is written for (schema.org {@code audience}, LRMI {@code educationalRole}).
 * Labels and definitions are in the {@link Vocabularies} data.
 *
 * @since 0.1.0
 */
public enum Audience implements ControlledTerm {
    /** Patients, service users, unpaid carers and families. */
    PEOPLE_WITH_LIVED_EXPERIENCE("lived-experience"),
    /** Front-line health and care staff. */
    STAFF("staff"),
    /** Quality improvement teams and coaches. */
    QI_TEAMS("qi-teams"),
    /** Patient experience and engagement teams. */
    EXPERIENCE_OF_CARE_TEAMS("experience-of-care-teams"),
    /** Boards, executives and senior leaders. */
    LEADERS("leaders"),
    /** Commissioners and integrated care system partners. */
    COMMISSIONERS("commissioners");

    private final String code;

    Audience(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
