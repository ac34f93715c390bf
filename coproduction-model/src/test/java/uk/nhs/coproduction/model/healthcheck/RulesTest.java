package uk.nhs.coproduction.model.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.coproduction.model.testing.Samples.START;
import static uk.nhs.coproduction.model.testing.Samples.decision;
import static uk.nhs.coproduction.model.testing.Samples.id;
import static uk.nhs.coproduction.model.testing.Samples.said;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.model.partner.CommunityGroup;
import uk.nhs.coproduction.model.partner.CommunityInformation;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.DecisionMaking;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;
import uk.nhs.coproduction.model.partnership.InvolvementPayment;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.Reciprocity;
import uk.nhs.coproduction.model.partnership.Stage;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;
import uk.nhs.coproduction.model.testing.Samples;

/** Each rule of the health check, where the facts show it and where they do not. */
class RulesTest {

    private static final HealthCheck CHECK = HealthCheck.standard();

    private static Finding finding(Partnership partnership, Rule rule) {
        return CHECK.check(partnership).finding(rule).orElseThrow();
    }

    @Test
    void everyReportHasOneFindingPerRuleInRuleOrder() {
        HealthCheckReport report = CHECK.check(Samples.minimal());

        assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.values());
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.explanation()).isNotBlank();
            assertThat(f.evidence()).isNotEmpty();
        });
    }

    @Test
    void theHealthyExampleIsAllStrengthsAtTheTopRung() {
        HealthCheckReport report = CHECK.check(Samples.calmAtNight());

        assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.STRENGTH);
        assertThat(report.worstSeverity()).isEqualTo(Severity.STRENGTH);
        assertThat(report.actions()).isEmpty();
        assertThat(report.partnershipTitle()).isEqualTo("Calm at night on ward 7");
        assertThat(report.basedOn()).hasSize(4);
    }

    @Test
    void whatMattersRecorded() {
        assertThat(finding(Samples.minimal(), Rule.WHAT_MATTERS_RECORDED).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding(Samples.minimal().withWhatMatters(said(1, "P-01")), Rule.WHAT_MATTERS_RECORDED).severity())
                .isEqualTo(Severity.STRENGTH);
    }

    @Test
    void whatMattersFromLivedExperience() {
        Partnership staffView = Samples.minimal()
                .withWhatMatters(WhatMatters.from(START, "Shorter waits", WhatMattersSource.STAFF_VIEW))
                .withWhatMatters(said(2, "S-01"));
        Partnership survey = Samples.minimal()
                .withWhatMatters(WhatMatters.from(START, "Shorter waits", WhatMattersSource.PATIENT_SURVEY));

        Finding warning = finding(staffView, Rule.WHAT_MATTERS_FROM_LIVED_EXPERIENCE);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.evidence()).contains(
                Evidence.of("records in the voice of people with lived experience", "0 of 2"),
                Evidence.of("sources", "said by partners: 1, staff's view: 1"));
        assertThat(finding(survey, Rule.WHAT_MATTERS_FROM_LIVED_EXPERIENCE).severity()).isEqualTo(Severity.STRENGTH);
        assertThat(finding(Samples.minimal(), Rule.WHAT_MATTERS_FROM_LIVED_EXPERIENCE).severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void friendsAndFamilyTestCommentsAndConversationsAreTheVoiceOfPeopleWhoUseTheService() {
        Partnership heard = Samples.minimal()
                .withWhatMatters(WhatMatters.from(START, "Being told what happens next",
                        WhatMattersSource.FRIENDS_AND_FAMILY_TEST))
                .withWhatMatters(WhatMatters.from(START, "Ringing home", WhatMattersSource.CONVERSATIONS))
                .withWhatMatters(WhatMatters.from(START, "Ringing home", WhatMattersSource.LISTENING_EVENT))
                .withWhatMatters(WhatMatters.from(START, "Leaflets", WhatMattersSource.STAFF_VIEW));

        Finding strength = finding(heard, Rule.WHAT_MATTERS_FROM_LIVED_EXPERIENCE);
        assertThat(strength.severity()).isEqualTo(Severity.STRENGTH);
        assertThat(strength.evidence()).contains(
                Evidence.of("records in the voice of people with lived experience", "3 of 4"),
                Evidence.of("sources", "Friends and Family Test comments: 1, conversations with people who use the "
                        + "service: 1, a listening event or workshop: 1, staff's view: 1"));
    }

    @Test
    void whatMattersBeforeDecisions() {
        Partnership decidedFirst = Samples.minimal()
                .withDecision(decision(1, Stage.DISCOVERY, DecisionMaking.SHARED, "P-01", "S-01"))
                .withWhatMatters(said(5, "P-01"));
        Partnership listenedFirst = Samples.minimal()
                .withWhatMatters(said(1, "P-01"))
                .withDecision(decision(1, Stage.DISCOVERY, DecisionMaking.SHARED, "P-01", "S-01"));

        Finding warning = finding(decidedFirst, Rule.WHAT_MATTERS_BEFORE_DECISIONS);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.explanation()).startsWith("1 of 1 decisions were taken before");
        assertThat(warning.evidence()).contains(Evidence.of("decisions taken before it",
                "1 (2026-01-13 discovery: Decision on day 1)"));
        assertThat(finding(listenedFirst, Rule.WHAT_MATTERS_BEFORE_DECISIONS).severity()).isEqualTo(Severity.STRENGTH);
        assertThat(finding(Samples.minimal(), Rule.WHAT_MATTERS_BEFORE_DECISIONS).severity()).isEqualTo(Severity.ADVICE);
        assertThat(finding(Samples.minimal().withWhatMatters(said(1, "P-01")), Rule.WHAT_MATTERS_BEFORE_DECISIONS)
                .severity()).isEqualTo(Severity.STRENGTH);
    }

    @Test
    void livedExperienceAndStaff() {
        Partnership noStaff = Partnership.started("T", START).withMember(Samples.livedExperience("P-01", Stage.DISCOVERY));
        Partnership noLived = Partnership.started("T", START)
                .withMember(Samples.staff("S-01", Role.FRONT_LINE_STAFF, Stage.DISCOVERY));
        Partnership onePerson = Partnership.started("T", START).withMember(
                Member.joined(Partner.of(id("X-1"), Role.PATIENT, Role.FRONT_LINE_STAFF), Stage.DISCOVERY));

        assertThat(finding(noStaff, Rule.LIVED_EXPERIENCE_AND_STAFF).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding(noStaff, Rule.LIVED_EXPERIENCE_AND_STAFF).explanation()).startsWith("No member is staff");
        assertThat(finding(noLived, Rule.LIVED_EXPERIENCE_AND_STAFF).explanation())
                .startsWith("No member has lived experience");
        assertThat(finding(onePerson, Rule.LIVED_EXPERIENCE_AND_STAFF).explanation())
                .startsWith("The only person with lived experience is also the only member of staff");
        assertThat(finding(Samples.minimal(), Rule.LIVED_EXPERIENCE_AND_STAFF).severity()).isEqualTo(Severity.STRENGTH);
    }

    @Test
    void togetherInDecisions() {
        Partnership staffAlone = Samples.minimal()
                .withDecision(decision(1, Stage.DISCOVERY, DecisionMaking.SHARED, "P-01", "S-01"))
                .withDecision(decision(2, Stage.DESIGN, DecisionMaking.INFORMED, "S-01"));

        Finding warning = finding(staffAlone, Rule.TOGETHER_IN_DECISIONS);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.evidence()).contains(Evidence.of("decisions taken together", "1 of 2"));
        assertThat(finding(Samples.minimal(), Rule.TOGETHER_IN_DECISIONS).severity()).isEqualTo(Severity.ADVICE);
        assertThat(finding(Samples.calmAtNight(), Rule.TOGETHER_IN_DECISIONS).severity()).isEqualTo(Severity.STRENGTH);
    }

    @Test
    void ownedFromBoardToFrontLine() {
        Finding noSponsor = finding(Samples.minimal(), Rule.OWNED_FROM_BOARD_TO_FRONT_LINE);
        Finding both = finding(Samples.minimal().withMember(
                Samples.staff("S-09", Role.EXECUTIVE_SPONSOR, Stage.DISCOVERY)), Rule.OWNED_FROM_BOARD_TO_FRONT_LINE);

        assertThat(noSponsor.severity()).isEqualTo(Severity.ADVICE);
        assertThat(noSponsor.explanation()).contains("No executive sponsor").doesNotContain("No front-line");
        assertThat(both.severity()).isEqualTo(Severity.STRENGTH);
        assertThat(both.evidence()).contains(Evidence.of("executive sponsors", "1 (S-09)"));
    }

    @Test
    void livedExperienceFromTheStart() {
        Partnership late = Partnership.started("T", START)
                .withMember(Samples.livedExperience("P-01", Stage.DELIVERY))
                .withMember(Samples.staff("S-01", Role.FRONT_LINE_STAFF, Stage.DISCOVERY));

        Finding warning = finding(late, Rule.LIVED_EXPERIENCE_FROM_THE_START);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.explanation()).contains("joined only at the delivery stage");
        assertThat(finding(Samples.minimal(), Rule.LIVED_EXPERIENCE_FROM_THE_START).severity())
                .isEqualTo(Severity.STRENGTH);
    }

    @Test
    void involvedThroughout() {
        Partnership droppedOut = Samples.minimal()
                .withDecision(decision(1, Stage.DISCOVERY, DecisionMaking.SHARED, "P-01", "S-01"))
                .withDecision(decision(9, Stage.DELIVERY, DecisionMaking.SHARED, "S-01"))
                .withDecision(decision(12, Stage.EVALUATION, DecisionMaking.SHARED, "S-01"));

        Finding warning = finding(droppedOut, Rule.INVOLVED_THROUGHOUT);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.explanation()).startsWith("At the delivery, evaluation stages,");
        assertThat(finding(Samples.calmAtNight(), Rule.INVOLVED_THROUGHOUT).severity()).isEqualTo(Severity.STRENGTH);
        assertThat(finding(Samples.minimal(), Rule.INVOLVED_THROUGHOUT).severity()).isEqualTo(Severity.ADVICE);
    }

    @Test
    void powerShared() {
        Partnership consulted = Samples.minimal()
                .withDecision(decision(1, Stage.DISCOVERY, DecisionMaking.CONSULTED, "P-01", "S-01"));
        Partnership partly = consulted
                .withDecision(decision(2, Stage.DESIGN, DecisionMaking.INFORMED, "P-01", "S-01"))
                .withDecision(decision(3, Stage.DESIGN, DecisionMaking.SHARED, "P-01", "S-01"));
        Partnership sharedWithoutLivedExperience = Samples.minimal()
                .withDecision(decision(1, Stage.DISCOVERY, DecisionMaking.SHARED, "S-01"));

        assertThat(finding(consulted, Rule.POWER_SHARED).severity()).isEqualTo(Severity.WARNING);
        assertThat(finding(partly, Rule.POWER_SHARED).severity()).isEqualTo(Severity.ADVICE);
        assertThat(finding(sharedWithoutLivedExperience, Rule.POWER_SHARED).severity()).isEqualTo(Severity.WARNING);
        assertThat(finding(Samples.calmAtNight(), Rule.POWER_SHARED).severity()).isEqualTo(Severity.STRENGTH);
    }

    @Test
    void reciprocity() {
        Member noExpenses = Member.joined(Partner.of(id("P-02"), Role.SERVICE_USER), Stage.DISCOVERY);
        Member seniorNotOffered = Samples.livedExperience("P-03", Stage.DISCOVERY)
                .withInvolvementLevel(InvolvementLevel.LEVEL_4);
        Member seniorDeclined = seniorNotOffered.withReciprocity(
                seniorNotOffered.reciprocity().withPayment(InvolvementPayment.declined(Samples.DAY_RATE)));

        Finding both = finding(Samples.minimal().withMember(noExpenses).withMember(seniorNotOffered), Rule.RECIPROCITY);
        assertThat(both.severity()).isEqualTo(Severity.WARNING);
        assertThat(both.explanation()).contains("1 member with lived experience do not have expenses reimbursed")
                .contains("1 member was not offered the involvement payment");
        assertThat(both.evidence()).contains(Evidence.of("of whom not offered one", "1 (P-03)"));
        assertThat(finding(Samples.minimal().withMember(seniorDeclined), Rule.RECIPROCITY).severity())
                .as("declining is the partner's choice").isEqualTo(Severity.STRENGTH);
        assertThat(finding(Partnership.started("T", START), Rule.RECIPROCITY).severity()).isEqualTo(Severity.ADVICE);
    }

    @Test
    void contributionsAcknowledgedAndSupportToTakePart() {
        Member bare = Member.joined(Partner.of(id("P-02"), Role.SERVICE_USER), Stage.DISCOVERY)
                .withReciprocity(Reciprocity.none());
        Partnership someWithout = Samples.minimal().withMember(bare);
        Partnership noneWith = Partnership.started("T", START).withMember(bare)
                .withMember(Samples.staff("S-01", Role.FRONT_LINE_STAFF, Stage.DISCOVERY));

        assertThat(finding(Samples.minimal(), Rule.CONTRIBUTIONS_ACKNOWLEDGED).severity()).isEqualTo(Severity.STRENGTH);
        assertThat(finding(someWithout, Rule.CONTRIBUTIONS_ACKNOWLEDGED).explanation())
                .startsWith("Not every member with lived experience has their contribution recognised.");
        assertThat(finding(noneWith, Rule.SUPPORT_TO_TAKE_PART).explanation())
                .startsWith("No member with lived experience is offered training or development.");
        assertThat(finding(someWithout, Rule.SUPPORT_TO_TAKE_PART).evidence())
                .containsExactly(Evidence.of("members with lived experience who receive training", "1 of 2"));
    }

    @Test
    void communitiesInvolvedUsesAggregatesOnly() {
        Partnership unknown = Samples.minimal();
        Partnership noneIdentify = withCommunity(Samples.minimal(), Set.of());
        Partnership oneIdentifies = withCommunity(Samples.minimal(), Set.of(CommunityGroup.INCLUSION_HEALTH_GROUP));

        assertThat(finding(unknown, Rule.COMMUNITIES_INVOLVED).severity()).isEqualTo(Severity.ADVICE);
        assertThat(finding(noneIdentify, Rule.COMMUNITIES_INVOLVED).severity()).isEqualTo(Severity.WARNING);
        Finding shown = finding(oneIdentifies, Rule.COMMUNITIES_INVOLVED);
        assertThat(shown.severity()).isEqualTo(Severity.STRENGTH);
        assertThat(shown.evidence().toString()).contains("fewer than 5").doesNotContain("P-01", "inclusion health");
    }

    @Test
    void communitiesLargeEnoughToCountExactlyAreNamed() {
        Partnership partnership = Samples.minimal();
        List<Member> more = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            more.add(Member.joined(Partner.of(id("P-1" + i), Role.PATIENT).withCommunityInformation(
                    CommunityInformation.consented(START, Set.of(CommunityGroup.MINORITY_ETHNIC))), Stage.DESIGN));
        }
        for (Member member : more) {
            partnership = partnership.withMember(member);
        }

        assertThat(finding(partnership, Rule.COMMUNITIES_INVOLVED).evidence())
                .contains(Evidence.of("who say they belong to a minority ethnic community", "5"));
    }

    private static Partnership withCommunity(Partnership partnership, Set<CommunityGroup> groups) {
        Member member = partnership.member(id("P-01")).orElseThrow();
        return partnership.withMemberReplaced(member.withPartner(member.partner().withCommunityInformation(
                CommunityInformation.consented(LocalDate.of(2026, 1, 1), groups))));
    }

    @Test
    void voluntarySectorPartner() {
        assertThat(finding(Samples.minimal(), Rule.VOLUNTARY_SECTOR_PARTNER).severity()).isEqualTo(Severity.ADVICE);
        assertThat(finding(Samples.calmAtNight(), Rule.VOLUNTARY_SECTOR_PARTNER).severity()).isEqualTo(Severity.STRENGTH);
    }

    @Test
    void feedbackOnDecisions() {
        Partnership notFedBack = Samples.minimal()
                .withDecision(decision(1, Stage.DISCOVERY, DecisionMaking.SHARED, "P-01", "S-01"));

        assertThat(finding(notFedBack, Rule.FEEDBACK_ON_DECISIONS).severity()).isEqualTo(Severity.ADVICE);
        assertThat(finding(notFedBack, Rule.FEEDBACK_ON_DECISIONS).evidence())
                .contains(Evidence.of("decisions fed back", "0 of 1"));
        assertThat(finding(Samples.calmAtNight(), Rule.FEEDBACK_ON_DECISIONS).severity()).isEqualTo(Severity.STRENGTH);
        assertThat(finding(Samples.minimal(), Rule.FEEDBACK_ON_DECISIONS).explanation())
                .startsWith("No decisions are recorded yet, so there is nothing to feed back yet.");
    }

    @Test
    void actionsComeMostSeriousFirst() {
        HealthCheckReport report = CHECK.check(Samples.minimal());

        assertThat(report.actions()).extracting(Finding::severity).isSortedAccordingTo(
                java.util.Comparator.<Severity>reverseOrder());
        assertThat(report.actions().get(0).rule()).isEqualTo(Rule.WHAT_MATTERS_RECORDED);
        assertThat(report.worstSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(report.count(Severity.CRITICAL)).isEqualTo(1);
    }

    @Test
    void everyRuleLooksForAMarkValueStepOrPrinciple() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.marks().size() + rule.coproductionValues().size() + rule.coproductionSteps().size()
                    + rule.principles().size()).as(rule.id()).isPositive();
            assertThat(Rule.byId(rule.id())).contains(rule);
        }
        assertThat(Rule.byId("no-such-rule")).isEmpty();
    }

    @Test
    void theValuesAndStepsNoRuleCanShowAreNamed() {
        assertThat(HealthCheck.valuesTheFactsCannotShow())
                .containsExactly(uk.nhs.coproduction.model.framework.CoproductionValue.Key.CLEAR_COMMUNICATION);
        assertThat(HealthCheck.stepsTheFactsCannotShow())
                .containsExactly(uk.nhs.coproduction.model.framework.CoproductionStep.Key.IDENTIFY_WHERE_MOST_EFFECTIVE);
    }
}
