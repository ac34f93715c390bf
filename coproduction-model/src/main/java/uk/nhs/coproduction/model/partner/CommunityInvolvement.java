package uk.nhs.coproduction.model.partner;

/**
 * The answer, from consented information only, to "are people from disadvantaged and minority
 * communities involved?".
 *
 * @since 0.1.0
 */
public enum CommunityInvolvement {
    /** At least one partner who shared information says they belong to such a community. */
    SHOWN,
    /** Partners shared information, and none of them says they belong to such a community. */
    NOT_SHOWN,
    /** Nobody has shared community information, so the question cannot be answered. */
    NOT_KNOWN
}
