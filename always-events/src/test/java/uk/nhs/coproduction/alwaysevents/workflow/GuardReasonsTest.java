package uk.nhs.coproduction.alwaysevents.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.*;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.project.*;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * One example for every reason the standard workflow can give, reached through the public API:
 * each reason has its stable code, a message with every placeholder filled, and the facts it
 * looked at. A reason code added to the wording without an example here fails
 * {@link #everyReasonOfTheStandardWordingHasAnExample()}.
 */
class GuardReasonsTest {

    private static final WorkflowDefinition STANDARD = WorkflowDefinition.standard();

    /** The reasons a refused step gives. */
    private static List<Reason> refused(Scenario scenario, String transition) {
        CommandOutcome outcome = scenario.attempt(new TakeTransitionCommand(transition, scenario.day()));
        assertThat(outcome).as("taking %s", transition).isInstanceOf(CommandOutcome.Refused.class);
        return ((CommandOutcome.Refused) outcome).reasons();
    }

    private static List<Reason> verdict(AlwaysEventProject project, String transition) {
        return STANDARD.evaluate(transition, project).reasons();
    }

    static Map<String, Supplier<List<Reason>>> examples() {
        Map<String, Supplier<List<Reason>>> examples = new LinkedHashMap<>();
        examples.put("NOT_IN_PHASE", () -> verdict(Scenario.inMemory().setUp().project(), "co-design"));
        examples.put("PROJECT_PAUSED", () -> {
            Scenario s = Scenario.inMemory().setUp().ok(new PauseProjectCommand("ward closed for refurbishment", LocalDate.of(2016, 11, 1)));
            return refused(s, "understand-what-matters");
        });
        examples.put("PROJECT_CLOSED", () -> {
            Scenario s = Scenario.inMemory().setUp().ok(new CloseProjectCommand("service decommissioned", LocalDate.of(2016, 11, 1)));
            return refused(s, "understand-what-matters");
        });
        examples.put("NO_EXECUTIVE_SPONSOR", () -> {
            Scenario s = Scenario.inMemory().started();
            s.join(Scenario.PATIENT, Role.PATIENT).join(Scenario.NURSE, Role.FRONT_LINE_STAFF);
            return refused(s, "understand-what-matters");
        });
        examples.put("NO_LIVED_EXPERIENCE_MEMBER", () -> {
            Scenario s = Scenario.inMemory().started().ok(new AppointExecutiveSponsorCommand(Scenario.SPONSOR, LocalDate.of(2016, 10, 5)));
            s.join(Scenario.NURSE, Role.FRONT_LINE_STAFF);
            return refused(s, "understand-what-matters");
        });
        examples.put("NO_FRONT_LINE_STAFF_MEMBER", () -> {
            Scenario s = Scenario.inMemory().started().ok(new AppointExecutiveSponsorCommand(Scenario.SPONSOR, LocalDate.of(2016, 10, 5)));
            s.join(Scenario.PATIENT, Role.PATIENT).join(PartnerId.of("Q-01"), Role.IMPROVEMENT_STAFF);
            return refused(s, "understand-what-matters");
        });
        examples.put("LIVED_EXPERIENCE_SHARE_TOO_LOW", () -> {
            Scenario s = Scenario.inMemory().started().ok(new AppointExecutiveSponsorCommand(Scenario.SPONSOR, LocalDate.of(2016, 10, 5)));
            s.join(Scenario.PATIENT, Role.PATIENT).join(Scenario.NURSE, Role.FRONT_LINE_STAFF)
                    .join(Scenario.SUPPORT_WORKER, Role.FRONT_LINE_STAFF).join(PartnerId.of("Q-01"), Role.IMPROVEMENT_STAFF);
            return refused(s, "understand-what-matters");
        });
        examples.put("NO_WHAT_MATTERS_EVIDENCE", () -> refused(Scenario.inMemory().understanding(), "co-design"));
        examples.put("NOT_ENOUGH_VOICE_OF_PEOPLE_WHO_USE_THE_SERVICE", () -> {
            Scenario s = Scenario.inMemory().understanding();
            s.ok(new RecordWhatMattersCommand(WhatMattersSource.STAFF_VIEW, "Staff think people want more leaflets", 0, Set.of(), s.day()));
            s.ok(new RecordWhatMattersCommand(WhatMattersSource.PARTNERS, "The nurse said calls matter", 0,
                    Set.of(Scenario.NURSE), s.day()));
            return refused(s, "co-design");
        });
        examples.put("LIVED_EXPERIENCE_JOINED_LATE", () -> {
            Scenario s = Scenario.inMemory().coDesigning().agreed();
            s.join(PartnerId.of("P-09"), Role.SERVICE_USER);
            return refused(s, "test");
        });
        examples.put("NO_VISION_STATEMENT", () -> refused(Scenario.inMemory().coDesigning(), "test"));
        examples.put("NO_AIM_STATEMENT", () -> refused(Scenario.inMemory().coDesigning(), "test"));
        examples.put("CRITERION_NOT_ASSESSED", () -> refused(Scenario.inMemory().coDesigning(), "test"));
        examples.put("CRITERION_NOT_MET", () -> {
            Scenario s = Scenario.inMemory().coDesigning().agreed();
            s.ok(new AssessCriterionCommand(Criterion.AFFORDABLE_AND_SUSTAINABLE, false, "needs a new phone per bay", s.day()));
            return refused(s, "test");
        });
        examples.put("NO_COMPLETED_PDSA_CYCLE", () -> refused(Scenario.inMemory().testing().cycle(ActDecision.ABANDON)
                .measure(6, 10, 20), "reliably-implement"));
        examples.put("TOO_FEW_MEASUREMENTS", () -> refused(Scenario.inMemory().testing().cycle(ActDecision.ADAPT)
                .measure(2, 10, 20), "reliably-implement"));
        examples.put("NO_AIM_FOR_RELIABILITY", () -> verdict(Scenario.inMemory().setUp().project(), "spread-and-scale-up"));
        examples.put("RELIABILITY_INSUFFICIENT_DATA", () -> verdict(Scenario.inMemory().testing().measure(3, 20, 20).project(),
                "spread-and-scale-up"));
        examples.put("RELIABILITY_NOT_SUSTAINED", () -> refused(Scenario.inMemory().implementing(), "spread-and-scale-up"));
        examples.put("NO_SPREAD_SITE", () -> refused(Scenario.inMemory().spreading(), "sustain"));
        examples.put("SPREAD_SITES_NOT_REPORTING", () -> {
            Scenario s = Scenario.inMemory().spreading();
            s.ok(new AddSpreadSiteCommand("ward-2", "Ward 2", SiteKind.UNIT, s.day()));
            s.ok(new RecordSiteMeasurementCommand("ward-2", "2018-01", 18, 20));
            return refused(s, "sustain");
        });
        examples.put("APPROVAL_NOT_RECORDED", () -> {
            WorkflowDefinition withApproval = STANDARD.withGuard("understand-what-matters", GuardLibrary.standard().create(
                    GuardSpec.of("approval-recorded", Map.of("approval", "clinical governance committee")), STANDARD.wording()));
            Scenario s = Scenario.using(new InMemoryEventStore(), withApproval).setUp();
            return refused(s, "understand-what-matters");
        });
        return examples;
    }

    static Stream<Arguments> codes() {
        return examples().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void theExampleGivesTheReasonWithItsFactsAndAFilledMessage(String code, Supplier<List<Reason>> example) {
        List<Reason> reasons = example.get();

        assertThat(reasons).extracting(Reason::code).contains(code);
        Reason reason = reasons.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        assertThat(reason.message()).doesNotContain("{").doesNotContain("}").isEqualTo(
                STANDARD.wording().reason(code, reason.facts().toArray(Fact[]::new)).message());
        assertThat(reason.facts()).isNotEmpty();
        assertThat(reasons).isSortedAccordingTo(Reason::compareTo);
    }

    @Test
    void everyReasonOfTheStandardWordingHasAnExample() {
        assertThat(examples().keySet()).containsExactlyInAnyOrderElementsOf(STANDARD.wording().reasonMessages().keySet());
    }

    @Test
    void aRefusalListsEveryUnmetConditionAtOnce() {
        Scenario s = Scenario.inMemory().started();

        List<Reason> reasons = refused(s, "understand-what-matters");

        assertThat(reasons).extracting(Reason::code).containsExactly("NO_EXECUTIVE_SPONSOR", "NO_FRONT_LINE_STAFF_MEMBER",
                "NO_LIVED_EXPERIENCE_MEMBER");
        assertThat(s.project().version()).isEqualTo(1);
    }

    @Test
    void theShareOfLivedExperienceIsReportedWithTheFactsLookedAt() {
        List<Reason> reasons = examples().get("LIVED_EXPERIENCE_SHARE_TOO_LOW").get();

        Reason share = reasons.get(0);
        assertThat(share.code()).isEqualTo("LIVED_EXPERIENCE_SHARE_TOO_LOW");
        assertThat(share.facts()).containsExactly(Fact.of("livedExperienceMembers", "1"), Fact.of("teamSize", "4"),
                Fact.of("share", "25%"), Fact.of("minimumShare", "40%"));
        assertThat(share.message()).startsWith("1 of the co-design team's 4 members have lived experience (25%); at least 40%");
    }

    @Test
    void theMinimumShareOfLivedExperienceIsConfigurable() {
        WorkflowDefinition halfAndHalf = STANDARD.withTransition(STANDARD.transition("understand-what-matters").orElseThrow()
                .withGuards(List.of(GuardLibrary.standard().create(GuardSpec.of("co-design-team",
                        Map.of("minimumLivedExperienceShare", "0.5")), STANDARD.wording()))));
        Scenario s = Scenario.using(new InMemoryEventStore(), halfAndHalf).setUp();
        s.join(PartnerId.of("Q-01"), Role.IMPROVEMENT_STAFF);

        List<Reason> reasons = refused(s, "understand-what-matters");

        assertThat(reasons).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("LIVED_EXPERIENCE_SHARE_TOO_LOW");
            assertThat(r.fact("share")).contains("40%");
            assertThat(r.fact("minimumShare")).contains("50%");
        });
        assertThat(STANDARD.evaluate("understand-what-matters", s.project()).isPermitted()).isTrue();
    }

    @Test
    void theSamePersonCannotBeTheOnlyLivedExperienceAndTheOnlyFrontLineStaff() {
        Scenario s = Scenario.inMemory().started().ok(new AppointExecutiveSponsorCommand(Scenario.SPONSOR, LocalDate.of(2016, 10, 5)));
        s.ok(new JoinCoDesignTeamCommand(PartnerId.of("PW-1"), EnumSet.of(Role.PAID_LIVED_EXPERIENCE_ROLE, Role.FRONT_LINE_STAFF),
                s.day()));

        assertThat(refused(s, "understand-what-matters")).extracting(Reason::code).containsExactly("NO_FRONT_LINE_STAFF_MEMBER");
    }

    @Test
    void livedExperienceMembersWhoJoinedLateCountOnceWhatMattersIsRevisitedWithThem() {
        Scenario s = Scenario.inMemory().coDesigning().agreed();
        s.join(PartnerId.of("P-09"), Role.SERVICE_USER);
        Reason late = refused(s, "test").get(0);
        assertThat(late.fact("partner")).contains("P-09");
        assertThat(late.fact("joinedIn")).contains("CO_DESIGN");

        s.take("revisit-what-matters").heard().take("co-design").take("test");

        assertThat(s.project().phase()).isEqualTo(Phase.TEST);
    }

    @Test
    void theCoDesignTeamsOwnWordsCountWhenAMemberWithLivedExperienceSaidThem() {
        Scenario s = Scenario.inMemory().understanding();
        s.ok(new RecordWhatMattersCommand(WhatMattersSource.PARTNERS, "Calling home at night matters to me", 1,
                Set.of(Scenario.PATIENT), s.day()));

        s.take("co-design");

        assertThat(s.project().phase()).isEqualTo(Phase.CO_DESIGN);
    }

    @ParameterizedTest
    @EnumSource(WhatMattersSource.class)
    void oneRecordFromAnySourceButStaffsViewIsEnoughToStartCoDesign(WhatMattersSource source) {
        Scenario s = Scenario.inMemory().understanding();
        Set<PartnerId> voicedBy = source == WhatMattersSource.PARTNERS ? Set.of(Scenario.PATIENT) : Set.of();
        s.ok(new RecordWhatMattersCommand(source, "Calling home at night", 1, voicedBy, s.day()));

        List<String> codes = verdict(s.project(), "co-design").stream().map(Reason::code).toList();

        if (source == WhatMattersSource.STAFF_VIEW) {
            assertThat(codes).containsExactly("NOT_ENOUGH_VOICE_OF_PEOPLE_WHO_USE_THE_SERVICE");
        } else {
            assertThat(codes).isEmpty();
        }
    }
}
