package uk.nhs.coproduction.model.partnership;

/**
 * The four levels of involvement of NHS England's patient and public voice (PPV) partner policy,
 * from open-access engagement to senior roles. What each level means and what it entitles a
 * partner to is data: see {@link uk.nhs.coproduction.model.framework.PpvPartnerPolicy}.
 *
 * @since 0.1.0
 */
public enum InvolvementLevel {
    /** Level 1: open-access engagement. */
    LEVEL_1,
    /** Level 2: an invitation to a one-off workshop, event or focus group. */
    LEVEL_2,
    /** Level 3: membership of a working group that meets regularly. */
    LEVEL_3,
    /** Level 4: a senior role with strategic, accountable leadership or decision-making. */
    LEVEL_4;

    /** {@return the level's number, 1 to 4} */
    public int number() {
        return ordinal() + 1;
    }
}
