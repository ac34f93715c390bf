package uk.nhs.coproduction.model.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.coproduction.model.testing.Samples.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.testing.Samples;

class PartnershipTest {

    @Test
    void aPartnershipNeedsSomeoneWithLivedExperienceAndADifferentPersonWhoIsStaff() {
        Partnership onlyStaff = Partnership.started("T", Samples.START)
                .withMember(Samples.staff("S-1", Role.FRONT_LINE_STAFF, Stage.DISCOVERY));
        Partnership onePersonBoth = Partnership.started("T", Samples.START)
                .withMember(Member.joined(Partner.of(id("X-1"), Role.UNPAID_CARER, Role.FRONT_LINE_STAFF),
                        Stage.DISCOVERY));

        assertThat(onlyStaff.includesLivedExperienceAndStaff()).isFalse();
        assertThat(onePersonBoth.includesLivedExperienceAndStaff()).isFalse();
        assertThat(Samples.minimal().includesLivedExperienceAndStaff()).isTrue();
        assertThat(onePersonBoth.withMember(Samples.staff("S-2", Role.IMPROVEMENT_STAFF, Stage.DESIGN))
                .includesLivedExperienceAndStaff()).isTrue();
    }

    @Test
    void withMethodsReturnCopiesAndLeaveTheOriginalUnchanged() {
        Partnership before = Samples.minimal();
        Partnership after = before.withPractice(Practice.MEASURES_OVER_TIME)
                .withWhatMatters(WhatMatters.from(Samples.START, "Quiet at night", WhatMattersSource.PATIENT_SURVEY));

        assertThat(before.practices()).isEmpty();
        assertThat(before.whatMatters()).isEmpty();
        assertThat(after.practices()).containsExactly(Practice.MEASURES_OVER_TIME);
        assertThat(after.whatMatters()).hasSize(1);
    }

    @Test
    void aMemberCanBeReplacedByIdWithoutChangingTheOrder() {
        Partnership partnership = Samples.minimal();
        Member promoted = partnership.member(id("P-01")).orElseThrow().withInvolvementLevel(InvolvementLevel.LEVEL_4);

        Partnership after = partnership.withMemberReplaced(promoted);

        assertThat(after.members()).extracting(Member::id).containsExactly(id("P-01"), id("S-01"));
        assertThat(after.member(id("P-01"))).get().extracting(Member::involvementLevel).isEqualTo(InvolvementLevel.LEVEL_4);
    }

    @Test
    void whoTookPartInADecisionIsWorkedOutFromTheMembersRoles() {
        Decision decision = Decision.of(Samples.START, Stage.DISCOVERY, "Agree the focus", DecisionMaking.SHARED,
                Set.of(id("S-01"), id("P-01")));
        Partnership partnership = Samples.minimal().withDecision(decision);

        assertThat(partnership.livedExperienceParticipants(decision)).containsExactly(id("P-01"));
        assertThat(partnership.staffParticipants(decision)).containsExactly(id("S-01"));
        assertThat(partnership.tookPartTogether(decision)).isTrue();
        assertThat(decision.participants()).as("sorted by id").containsExactly(id("P-01"), id("S-01"));
        assertThat(partnership.decisionsAt(Stage.DISCOVERY)).containsExactly(decision);
        assertThat(partnership.decisionsAt(Stage.DESIGN)).isEmpty();
    }

    @Test
    void whatMattersIsTheVoiceOfLivedExperienceWhenSaidByThemOrTakenFromTheirFeedback() {
        Partnership partnership = Samples.minimal();

        assertThat(partnership.isVoiceOfLivedExperience(
                WhatMatters.saidBy(Samples.START, "Sleep", Set.of(id("P-01"))))).isTrue();
        assertThat(partnership.isVoiceOfLivedExperience(
                WhatMatters.saidBy(Samples.START, "Sleep", Set.of(id("S-01"))))).isFalse();
        assertThat(partnership.isVoiceOfLivedExperience(
                WhatMatters.from(Samples.START, "Sleep", WhatMattersSource.PATIENT_SURVEY))).isTrue();
        assertThat(partnership.isVoiceOfLivedExperience(
                WhatMatters.from(Samples.START, "Sleep", WhatMattersSource.STAFF_VIEW))).isFalse();
    }

    @Test
    void everySourceButPartnersAndStaffsViewIsInItselfTheVoiceOfPeopleWhoUseServices() {
        Partnership partnership = Samples.minimal();

        assertThat(WhatMattersSource.values()).filteredOn(WhatMattersSource::isVoiceOfPeopleWhoUseServices)
                .containsExactlyInAnyOrder(WhatMattersSource.PATIENT_SURVEY, WhatMattersSource.FRIENDS_AND_FAMILY_TEST,
                        WhatMattersSource.COMPLAINTS_AND_COMPLIMENTS, WhatMattersSource.CONVERSATIONS,
                        WhatMattersSource.LISTENING_EVENT);
        for (WhatMattersSource source : WhatMattersSource.values()) {
            assertThat(partnership.isVoiceOfLivedExperience(WhatMatters.from(Samples.START, "Sleep", source)))
                    .as(source.name()).isEqualTo(source.isVoiceOfPeopleWhoUseServices());
        }
        assertThat(WhatMattersSource.values()).extracting(WhatMattersSource::label)
                .doesNotHaveDuplicates().allSatisfy(label -> assertThat(label).isNotBlank());
    }

    @Test
    void paymentRatesAreHeldToThePennySoEqualAmountsAreEqual() {
        LocalDate from = LocalDate.of(2024, 4, 1);

        assertThat(new PaymentRate(new BigDecimal("150"), RateUnit.DAY, from))
                .isEqualTo(new PaymentRate(new BigDecimal("150.00"), RateUnit.DAY, from));
        assertThat(PaymentRate.of("75", RateUnit.HALF_DAY, from)).hasToString("£75.00 per half day from 2024-04-01");
    }

    @Test
    void aPaymentCanBeDeclinedAndTheOfferedRateIsKept() {
        InvolvementPayment declined = InvolvementPayment.declined(Samples.DAY_RATE);

        assertThat(declined.wasOffered()).isTrue();
        assertThat(((InvolvementPayment.Declined) declined).rate()).isEqualTo(Samples.DAY_RATE);
        assertThat(InvolvementPayment.notOffered().wasOffered()).isFalse();
    }

    @Test
    void reciprocityRecordsWhatIsGivenAndReceived() {
        Reciprocity reciprocity = Reciprocity.none().withContribution(Contribution.TIME).withSupport(Support.EXPENSES)
                .withPayment(InvolvementPayment.offered(Samples.DAY_RATE));

        assertThat(reciprocity.gives()).containsExactly(Contribution.TIME);
        assertThat(reciprocity.receives(Support.EXPENSES)).isTrue();
        assertThat(reciprocity.receives(Support.TRAINING)).isFalse();
        assertThat(reciprocity.payment().wasOffered()).isTrue();
    }

    @Test
    void membersKnowWhetherTheyJoinedInTimeForAStage() {
        Member joinedAtDesign = Samples.livedExperience("P-9", Stage.DESIGN);

        assertThat(joinedAtDesign.hadJoinedBy(Stage.DISCOVERY)).isFalse();
        assertThat(joinedAtDesign.hadJoinedBy(Stage.DESIGN)).isTrue();
        assertThat(joinedAtDesign.joinedFromTheStart()).isFalse();
    }

    @Test
    void whatMattersStatementsAreLeftOutOfToString() {
        WhatMatters record = WhatMatters.saidBy(Samples.START, "My diagnosis is private", Set.of(id("P-01")));

        assertThat(record.toString()).doesNotContain("diagnosis").contains("P-01");
    }
}
