package uk.nhs.coproduction.model.partner;

/**
 * The three kinds of partner in co-production: people with lived experience, staff, and partners
 * from the voluntary, community and social enterprise sector (including Healthwatch).
 *
 * @since 0.1.0
 */
public enum RoleGroup {
    /** People who bring experience of using services or caring: patients, carers, families. */
    LIVED_EXPERIENCE,
    /** Staff of the health or care organisation, from the front line to the board. */
    STAFF,
    /** Partners from Healthwatch or the voluntary, community and social enterprise sector. */
    VOLUNTARY_SECTOR
}
