package uk.nhs.coproduction.model.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.coproduction.model.testing.Samples.START;
import static uk.nhs.coproduction.model.testing.Samples.decision;
import static uk.nhs.coproduction.model.testing.Samples.id;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.model.ladder.Grouping;
import uk.nhs.coproduction.model.ladder.LadderRung;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.DecisionMaking;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.Stage;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.testing.Samples;

/** Each rung of the ladder, from the facts that support it, with its reason. */
class LadderRungsTest {

    private static LadderAssessment assess(Partnership partnership) {
        return HealthCheck.standard().check(partnership).ladder();
    }

    /** A patient at Level 2 (a one-off event), so a regular working group does not lift the rung. */
    private static Partnership base() {
        Member patient = Samples.livedExperience("P-01", Stage.DESIGN).withInvolvementLevel(InvolvementLevel.LEVEL_2);
        return Partnership.started("Rungs", START).withMember(patient)
                .withMember(Samples.staff("S-01", Role.FRONT_LINE_STAFF, Stage.DISCOVERY));
    }

    @Test
    void coercionWhenNobodyHasLivedExperience() {
        Partnership staffOnly = Partnership.started("Staff only", START)
                .withMember(Samples.staff("S-01", Role.FRONT_LINE_STAFF, Stage.DISCOVERY))
                .withDecision(decision(1, Stage.DESIGN, DecisionMaking.SHARED, "S-01"));

        LadderAssessment assessment = assess(staffOnly);

        assertThat(assessment.rung()).isEqualTo(LadderRung.COERCION);
        assertThat(assessment.rung().grouping()).isEqualTo(Grouping.DOING_TO);
        assertThat(assessment.reason()).contains("No member has lived experience");
        assertThat(assessment.toReachNextRung()).isEqualTo("Invite people with lived experience to join as partners.");
    }

    @Test
    void educatingWhenPeopleWithLivedExperienceAreMembersButNothingShowsThemShapingTheWork() {
        LadderAssessment assessment = assess(base().withDecision(decision(5, Stage.DESIGN, DecisionMaking.SHARED, "S-01")));

        assertThat(assessment.rung()).isEqualTo(LadderRung.EDUCATING);
        assertThat(assessment.reason()).contains("no decision involved them");
    }

    @Test
    void informingWhenTheyWereOnlyToldAboutDecisions() {
        LadderAssessment assessment = assess(base()
                .withDecision(decision(5, Stage.DESIGN, DecisionMaking.INFORMED, "P-01", "S-01")));

        assertThat(assessment.rung()).isEqualTo(LadderRung.INFORMING);
        assertThat(assessment.rung().grouping()).isEqualTo(Grouping.DOING_FOR);
    }

    @Test
    void consultingWhenTheirViewsWereAskedAtOneStage() {
        LadderAssessment assessment = assess(base()
                .withDecision(decision(5, Stage.DESIGN, DecisionMaking.CONSULTED, "P-01", "S-01")));

        assertThat(assessment.rung()).isEqualTo(LadderRung.CONSULTING);
        assertThat(assessment.evidence()).contains(Evidence.of("of which they were consulted on or shared", 1));
    }

    @Test
    void consultingWhenWhatMattersIsRecordedInTheirVoice() {
        LadderAssessment assessment = assess(base()
                .withWhatMatters(WhatMatters.saidBy(START, "Being listened to", Set.of(id("P-01")))));

        assertThat(assessment.rung()).isEqualTo(LadderRung.CONSULTING);
    }

    @Test
    void engagingWhenTheyWereAskedAtSeveralStages() {
        LadderAssessment assessment = assess(base()
                .withDecision(decision(5, Stage.DESIGN, DecisionMaking.CONSULTED, "P-01", "S-01"))
                .withDecision(decision(9, Stage.DELIVERY, DecisionMaking.CONSULTED, "P-01", "S-01")));

        assertThat(assessment.rung()).isEqualTo(LadderRung.ENGAGING);
        assertThat(assessment.reason()).contains("(at 2 stages)");
    }

    @Test
    void engagingWhenTheySitOnARegularWorkingGroupAndAreConsulted() {
        Partnership partnership = base().withMemberReplaced(
                        base().member(id("P-01")).orElseThrow().withInvolvementLevel(InvolvementLevel.LEVEL_3))
                .withDecision(decision(5, Stage.DESIGN, DecisionMaking.CONSULTED, "P-01", "S-01"));

        assertThat(assess(partnership).rung()).isEqualTo(LadderRung.ENGAGING);
        assertThat(assess(partnership).reason()).contains("regular working group");
    }

    @Test
    void coDesigningWhenTheyDecideTogetherButNotFromTheStartThroughToDelivery() {
        LadderAssessment assessment = assess(base()
                .withDecision(decision(5, Stage.DESIGN, DecisionMaking.SHARED, "P-01", "S-01")));

        assertThat(assessment.rung()).isEqualTo(LadderRung.CO_DESIGNING);
        assertThat(assessment.rung().grouping()).isEqualTo(Grouping.DOING_WITH);
        assertThat(assessment.toReachNextRung())
                .isEqualTo("Involve people with lived experience from the very start; and make delivery decisions "
                        + "together too, seeing the work through.");
    }

    @Test
    void decisionsMadeTogetherOnlyAtOtherStagesAreEngagingNotCoDesigning() {
        Partnership partnership = base().withMemberReplaced(Samples.livedExperience("P-01", Stage.DISCOVERY)
                        .withInvolvementLevel(InvolvementLevel.LEVEL_2))
                .withDecision(decision(3, Stage.DISCOVERY, DecisionMaking.SHARED, "P-01", "S-01"))
                .withDecision(decision(9, Stage.DELIVERY, DecisionMaking.SHARED, "P-01", "S-01"))
                .withDecision(decision(12, Stage.EVALUATION, DecisionMaking.SHARED, "P-01", "S-01"));

        LadderAssessment assessment = assess(partnership);

        assertThat(assessment.rung()).isEqualTo(LadderRung.ENGAGING);
        assertThat(assessment.reason()).contains("none of those decisions was taken at the design stage");
        assertThat(assessment.toReachNextRung()).isEqualTo("Make design decisions together: people with lived "
                + "experience and staff deciding as equals at the design stage.");
        assertThat(assessment.evidence()).contains(Evidence.of("of which at design", 0));
    }

    @Test
    void aDesignDecisionWithoutLivedExperienceDoesNotMakeCoDesigning() {
        Partnership partnership = base()
                .withMember(Samples.staff("S-02", Role.IMPROVEMENT_STAFF, Stage.DISCOVERY))
                .withDecision(decision(5, Stage.DESIGN, DecisionMaking.SHARED, "S-01", "S-02"))
                .withDecision(decision(9, Stage.DELIVERY, DecisionMaking.SHARED, "P-01", "S-01"));

        assertThat(assess(partnership).rung()).isEqualTo(LadderRung.ENGAGING);
    }

    @Test
    void coProducingNeedsADesignDecisionMadeTogether() {
        Partnership fromTheStart = base().withMemberReplaced(Samples.livedExperience("P-01", Stage.DISCOVERY))
                .withDecision(decision(3, Stage.DISCOVERY, DecisionMaking.SHARED, "P-01", "S-01"))
                .withDecision(decision(9, Stage.DELIVERY, DecisionMaking.SHARED, "P-01", "S-01"));

        assertThat(assess(fromTheStart).rung()).isEqualTo(LadderRung.ENGAGING);
        assertThat(assess(fromTheStart.withDecision(decision(5, Stage.DESIGN, DecisionMaking.SHARED, "P-01", "S-01")))
                .rung()).isEqualTo(LadderRung.CO_PRODUCING);
    }

    @Test
    void coProducingWhenEqualFromTheStartThroughDesignAndDelivery() {
        LadderAssessment assessment = assess(Samples.calmAtNight());

        assertThat(assessment.rung()).isEqualTo(LadderRung.CO_PRODUCING);
        assertThat(assessment.reason()).startsWith("An equal partnership from design to delivery");
        assertThat(assessment.toReachNextRung()).isNull();
    }

    @Test
    void aSharedDecisionWithoutStaffIsInfluenceButNotCoProduction() {
        LadderAssessment assessment = assess(base()
                .withDecision(decision(5, Stage.DESIGN, DecisionMaking.SHARED, "P-01")));

        assertThat(assessment.rung()).isEqualTo(LadderRung.CONSULTING);
    }
}
