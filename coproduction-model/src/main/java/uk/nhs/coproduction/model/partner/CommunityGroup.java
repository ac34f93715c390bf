package uk.nhs.coproduction.model.partner;

/**
 * Disadvantaged and minority communities a partner may choose to say they belong to, so that a
 * partnership can answer "are people from disadvantaged and minority communities involved?".
 *
 * <p>The groups are self-described and coarse on purpose: they are counted only in aggregate
 * (see {@link CommunityProfile}), never listed against a person.
 *
 * @since 0.1.0
 */
public enum CommunityGroup {
    /** A minority ethnic community. */
    MINORITY_ETHNIC("a minority ethnic community"),
    /** Disabled people, or people living with a long-term condition. */
    DISABLED_OR_LONG_TERM_CONDITION("disabled people or people with a long-term condition"),
    /** People living in one of the most deprived areas (the "Core20" of Core20PLUS5). */
    MOST_DEPRIVED_AREA("people living in one of the most deprived areas"),
    /** Inclusion health groups, such as people experiencing homelessness or Gypsy, Roma and Traveller communities. */
    INCLUSION_HEALTH_GROUP("an inclusion health group"),
    /** Lesbian, gay, bisexual, trans, queer and other sexual and gender minorities. */
    LGBTQ_PLUS("LGBTQ+ people"),
    /** A minority religion or belief. */
    MINORITY_RELIGION_OR_BELIEF("a minority religion or belief"),
    /** Another disadvantaged or minority community, in the person's own words. */
    OTHER("another disadvantaged or minority community");

    private final String label;

    CommunityGroup(String label) {
        this.label = label;
    }

    /** {@return a short label for people to read} */
    public String label() {
        return label;
    }
}
