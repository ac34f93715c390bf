package uk.nhs.coproduction.model.partnership;

/**
 * What a member gives to a co-production partnership.
 *
 * @since 0.1.0
 */
public enum Contribution {
    /** Experience of using services or of caring. */
    LIVED_EXPERIENCE,
    /** Professional knowledge and skills. */
    PROFESSIONAL_KNOWLEDGE,
    /** Time. */
    TIME,
    /** Connections with communities, groups and networks. */
    COMMUNITY_CONNECTIONS,
    /** Leadership: chairing, sponsoring or championing the work. */
    LEADERSHIP
}
