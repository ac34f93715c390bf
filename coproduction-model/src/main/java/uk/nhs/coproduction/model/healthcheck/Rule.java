package uk.nhs.coproduction.model.healthcheck;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.nhs.coproduction.model.framework.CoproductionStep;
import uk.nhs.coproduction.model.framework.CoproductionValue;
import uk.nhs.coproduction.model.framework.StatutoryPrinciple;

/**
 * A rule of the health check, with the marks of good co-production, the Co-Production Model's
 * values and steps, and the statutory guidance's principles that it looks for. Every check of a
 * partnership gives exactly one {@link Finding} for every rule, in this order.
 *
 * @since 0.1.0
 */
public enum Rule {
    /** Something is recorded about what matters to people. */
    WHAT_MATTERS_RECORDED("what-matters-recorded", "What matters to people is recorded",
            Set.of(Mark.WHAT_MATTERS_MOST), Set.of(), Set.of(),
            Set.of(StatutoryPrinciple.Key.UNDERSTAND_COMMUNITY_NEEDS)),
    /** What matters comes from people with lived experience, not only from staff. */
    WHAT_MATTERS_FROM_LIVED_EXPERIENCE("what-matters-from-lived-experience",
            "What matters comes from people with lived experience",
            Set.of(Mark.WHAT_MATTERS_MOST), Set.of(), Set.of(),
            Set.of(StatutoryPrinciple.Key.VOICES_AT_THE_CENTRE)),
    /** What matters was recorded before decisions were taken. */
    WHAT_MATTERS_BEFORE_DECISIONS("what-matters-before-decisions", "What matters came before decisions",
            Set.of(Mark.WHAT_MATTERS_MOST), Set.of(), Set.of(),
            Set.of(StatutoryPrinciple.Key.START_EARLY_AND_FEED_BACK)),
    /**
     * The partnership includes a person with lived experience and a different person who is
     * staff: the rule that {@link uk.nhs.coproduction.model.partnership.IncludesLivedExperienceAndStaff}
     * also checks, so the two always agree. When it fails the finding is {@link Severity#CRITICAL}.
     */
    LIVED_EXPERIENCE_AND_STAFF("lived-experience-and-staff", "People with lived experience and staff are partners",
            Set.of(Mark.LIVED_EXPERIENCE_AND_STAFF_IN_EVERYTHING), Set.of(), Set.of(), Set.of()),
    /** Every decision had both people with lived experience and staff taking part. */
    TOGETHER_IN_DECISIONS("together-in-decisions", "People with lived experience and staff take decisions together",
            Set.of(Mark.LIVED_EXPERIENCE_AND_STAFF_IN_EVERYTHING), Set.of(), Set.of(),
            Set.of(StatutoryPrinciple.Key.VOICES_AT_THE_CENTRE)),
    /** An executive sponsor and front-line staff are members. */
    OWNED_FROM_BOARD_TO_FRONT_LINE("owned-from-board-to-front-line", "Owned from the board to the front line",
            Set.of(Mark.LIVED_EXPERIENCE_AND_STAFF_IN_EVERYTHING), Set.of(CoproductionValue.Key.OWNERSHIP),
            Set.of(CoproductionStep.Key.GET_BUY_IN), Set.of()),
    /** People with lived experience joined at the very start. */
    LIVED_EXPERIENCE_FROM_THE_START("lived-experience-from-the-start", "People with lived experience from the very start",
            Set.of(Mark.EQUAL_AND_RECIPROCAL_FROM_THE_START), Set.of(), Set.of(),
            Set.of(StatutoryPrinciple.Key.START_EARLY_AND_FEED_BACK)),
    /** People with lived experience took part in decisions at every stage reached. */
    INVOLVED_THROUGHOUT("involved-throughout", "People with lived experience involved throughout",
            Set.of(Mark.EQUAL_AND_RECIPROCAL_FROM_THE_START), Set.of(), Set.of(),
            Set.of(StatutoryPrinciple.Key.START_EARLY_AND_FEED_BACK)),
    /** Decisions are made together, as equals. */
    POWER_SHARED("power-shared", "Power and decisions are shared",
            Set.of(Mark.EQUAL_AND_RECIPROCAL_FROM_THE_START), Set.of(CoproductionValue.Key.SHARING_POWER),
            Set.of(), Set.of(StatutoryPrinciple.Key.VOICES_AT_THE_CENTRE)),
    /** Members with lived experience get their expenses, and the involvement payments they are entitled to. */
    RECIPROCITY("reciprocity", "Expenses and involvement payments are in place",
            Set.of(Mark.EQUAL_AND_RECIPROCAL_FROM_THE_START), Set.of(),
            Set.of(CoproductionStep.Key.ENSURE_RESOURCES), Set.of()),
    /** Members with lived experience have their contributions recognised. */
    CONTRIBUTIONS_ACKNOWLEDGED("contributions-acknowledged", "Contributions are acknowledged",
            Set.of(Mark.EQUAL_AND_RECIPROCAL_FROM_THE_START), Set.of(CoproductionValue.Key.VALUED_RESPECTED),
            Set.of(CoproductionStep.Key.ACKNOWLEDGE_CONTRIBUTIONS), Set.of()),
    /** Members with lived experience are offered training or development to take part fully. */
    SUPPORT_TO_TAKE_PART("support-to-take-part", "People are supported to take part fully",
            Set.of(Mark.EQUAL_AND_RECIPROCAL_FROM_THE_START), Set.of(),
            Set.of(CoproductionStep.Key.SUPPORT_PARTICIPATION), Set.of()),
    /** People from disadvantaged and minority communities are involved (from consented, aggregate information). */
    COMMUNITIES_INVOLVED("communities-involved", "Disadvantaged and minority communities are involved",
            Set.of(Mark.EQUAL_AND_RECIPROCAL_FROM_THE_START), Set.of(),
            Set.of(CoproductionStep.Key.INCLUDE_RANGE_OF_PEOPLE),
            Set.of(StatutoryPrinciple.Key.BUILD_TRUST_WITH_EXCLUDED_GROUPS)),
    /** A Healthwatch or voluntary sector partner is a member. */
    VOLUNTARY_SECTOR_PARTNER("voluntary-sector-partner", "Healthwatch or the voluntary sector is a partner",
            Set.of(), Set.of(), Set.of(CoproductionStep.Key.INCLUDE_RANGE_OF_PEOPLE),
            Set.of(StatutoryPrinciple.Key.WORK_WITH_HEALTHWATCH_AND_VCSE)),
    /** People were told what was decided and how their involvement shaped it. */
    FEEDBACK_ON_DECISIONS("feedback-on-decisions", "People are told what changed",
            Set.of(), Set.of(CoproductionValue.Key.OPENNESS_HONESTY), Set.of(CoproductionStep.Key.SHARE_LEARNING),
            Set.of(StatutoryPrinciple.Key.START_EARLY_AND_FEED_BACK));

    private final String id;
    private final String title;
    private final Set<Mark> marks;
    private final Set<CoproductionValue.Key> values;
    private final Set<CoproductionStep.Key> steps;
    private final Set<StatutoryPrinciple.Key> principles;

    Rule(String id, String title, Set<Mark> marks, Set<CoproductionValue.Key> values,
            Set<CoproductionStep.Key> steps, Set<StatutoryPrinciple.Key> principles) {
        this.id = id;
        this.title = title;
        this.marks = ordered(Mark.class, marks);
        this.values = ordered(CoproductionValue.Key.class, values);
        this.steps = ordered(CoproductionStep.Key.class, steps);
        this.principles = ordered(StatutoryPrinciple.Key.class, principles);
    }

    private static <E extends Enum<E>> Set<E> ordered(Class<E> type, Set<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    /** {@return the rule's stable id, such as {@code power-shared}, used in JSON reports} */
    public String id() {
        return id;
    }

    /** {@return the rule in a few words} */
    public String title() {
        return title;
    }

    /** {@return the marks of good co-production this rule looks for; may be empty} */
    public Set<Mark> marks() {
        return marks;
    }

    /** {@return the Co-Production Model's values this rule looks for; may be empty} */
    public Set<CoproductionValue.Key> coproductionValues() {
        return values;
    }

    /** {@return the Co-Production Model's steps this rule looks for; may be empty} */
    public Set<CoproductionStep.Key> coproductionSteps() {
        return steps;
    }

    /** {@return the statutory guidance's principles this rule looks for; may be empty} */
    public Set<StatutoryPrinciple.Key> principles() {
        return principles;
    }

    /**
     * {@return the rule with this id}
     *
     * @param id the rule's stable id, as a report names it
     */
    public static Optional<Rule> byId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
