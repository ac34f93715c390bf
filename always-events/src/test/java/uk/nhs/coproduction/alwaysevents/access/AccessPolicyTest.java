package uk.nhs.coproduction.alwaysevents.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.LeaveCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordApprovalCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.SetProgressScoreCommand;
import uk.nhs.coproduction.alwaysevents.command.SignOffImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinOversightGroupCommand;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/** The bundled policy and the method's own rules, one example each. */
class AccessPolicyTest {

    private static final AccessPolicy POLICY = AccessPolicy.bundled();
    private static final Principal LEAD = Principal.of(Actor.of("qi-lead"), ProjectRole.QI_LEAD);
    private static final Principal PATIENT = Principal.of(Actor.of(Scenario.PATIENT));
    private static final Principal CARER = Principal.of(Actor.of(Scenario.CARER));
    private static final Principal NURSE = Principal.of(Actor.of(Scenario.NURSE));
    private static final Principal SPONSOR = Principal.of(Actor.of(Scenario.SPONSOR));
    private static final Principal VIEWER = Principal.of(Actor.of("V-01"), ProjectRole.VIEWER);
    private static final Principal STRANGER = Principal.of(Actor.of("X-01"));
    private static final LocalDate DAY = LocalDate.of(2016, 12, 1);

    /** Set up, understanding what matters, with an oversight member and one "you said, we did" entry. */
    private static Scenario scenario() {
        Scenario scenario = Scenario.inMemory().understanding();
        scenario.ok(new JoinOversightGroupCommand(PartnerId.of("O-01"), Set.of(Role.EXPERIENCE_OF_CARE_STAFF), scenario.day()));
        return scenario.ok(new RecordImpactCommand("Nobody told us", "A leaflet at admission", Set.of(Scenario.PATIENT),
                scenario.day()));
    }

    private static final AlwaysEventProject PROJECT = scenario().project();

    private static Set<String> codes(Verdict verdict) {
        return verdict.reasons().stream().map(Reason::code).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theBundledPolicyDefinesEveryRoleAndLetsSomeRoleGiveEveryCommand() {
        assertThat(POLICY.roles()).extracting(RoleDefinition::role).containsExactly(ProjectRole.values());
        assertThat(AccessPolicy.commandNames()).hasSize(32).contains("sign-off-impact", "set-progress-score",
                "record-pdsa-do", "take-transition", "define-measure",
                "record-measure-value", "correct-measure-value");
        for (String command : AccessPolicy.commandNames()) {
            assertThat(POLICY.rolesPermitted(command)).as(command).isNotEmpty();
        }
        assertThat(POLICY.role(ProjectRole.VIEWER).commands()).isEmpty();
        assertThat(POLICY.role(ProjectRole.QI_LEAD).name()).isEqualTo("QI lead");
    }

    @Test
    void commandNamesFollowTheirTypes() {
        assertThat(AccessPolicy.commandName(new SignOffImpactCommand(1, Scenario.PATIENT, DAY, null)))
                .isEqualTo("sign-off-impact");
        assertThat(AccessPolicy.commandName(new RecordMeasurementCommand("2016-11", 1, 2))).isEqualTo("record-measurement");
    }

    @Test
    void onlyTheQiLeadStartsAProject() {
        StartProjectCommand start = new StartProjectCommand("Trust", "Title", "Ward", DAY);
        assertThat(POLICY.check(LEAD, start, null).isPermitted()).isTrue();
        Verdict refused = POLICY.check(PATIENT, start, null);
        assertThat(codes(refused)).containsExactly(AccessPolicy.ROLE_NOT_PERMITTED);
        assertThat(refused.reasons().get(0).message())
                .isEqualTo("The command start-project may be given only by: QI lead. Your roles on this project: none.");
        assertThat(refused.reasons().get(0).fact("command")).hasValue("start-project");
    }

    @Test
    void rolesTheMethodDefinesComeFromTheProject() {
        assertThat(PATIENT.rolesOn(PROJECT)).containsExactlyInAnyOrder(ProjectRole.CO_DESIGN_MEMBER,
                ProjectRole.LIVED_EXPERIENCE_PARTNER);
        assertThat(NURSE.rolesOn(PROJECT)).containsExactly(ProjectRole.CO_DESIGN_MEMBER);
        assertThat(SPONSOR.rolesOn(PROJECT)).containsExactly(ProjectRole.EXECUTIVE_SPONSOR);
        assertThat(Principal.of(Actor.of("O-01")).rolesOn(PROJECT)).containsExactly(ProjectRole.OVERSIGHT_MEMBER);
        assertThat(LEAD.rolesOn(PROJECT)).containsExactly(ProjectRole.QI_LEAD);
        assertThat(STRANGER.rolesOn(PROJECT)).isEmpty();
        assertThat(PATIENT.rolesOn(null)).isEmpty();
    }

    @Test
    void aRoleTheMethodDefinesCannotBeAssigned() {
        assertThatThrownBy(() -> Principal.of(Actor.of("X-01"), ProjectRole.LIVED_EXPERIENCE_PARTNER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LIVED_EXPERIENCE_PARTNER is read from the project's state");
        assertThatThrownBy(() -> LEAD.withRole(ProjectRole.EXECUTIVE_SPONSOR)).isInstanceOf(IllegalArgumentException.class);
        assertThat(LEAD.withRole(ProjectRole.VIEWER).assigned()).containsExactly(ProjectRole.QI_LEAD, ProjectRole.VIEWER);
    }

    @Test
    void aPartnerWhoLeavesTheCoDesignTeamNoLongerActsAsOne() {
        Scenario scenario = scenario();
        scenario.ok(new LeaveCoDesignTeamCommand(Scenario.CARER, scenario.day()));
        assertThat(CARER.rolesOn(scenario.project())).isEmpty();
        assertThat(codes(POLICY.check(CARER, new RecordMeasurementCommand("2016-11", 1, 2), scenario.project())))
                .containsExactly(AccessPolicy.ROLE_NOT_PERMITTED);
    }

    @Test
    void aSignOffIsGivenOnlyByThePartnerItNames() {
        SignOffImpactCommand byPatient = new SignOffImpactCommand(1, Scenario.PATIENT, DAY, null);
        assertThat(POLICY.check(PATIENT, byPatient, PROJECT).isPermitted()).isTrue();

        Verdict forSomeoneElse = POLICY.check(CARER, byPatient, PROJECT);
        assertThat(codes(forSomeoneElse)).containsExactly(AccessPolicy.SIGN_OFF_NOT_BY_NAMED_PARTNER);
        assertThat(forSomeoneElse.reasons().get(0).message()).isEqualTo(
                "Entry 1 can be signed off only by partner P-01, in their own name; nobody signs off on a partner's behalf.");

        // Even a policy that lets the QI lead sign off cannot let them sign for a partner.
        AccessPolicy generous = POLICY.withPermission(ProjectRole.QI_LEAD, "sign-off-impact");
        assertThat(codes(generous.check(LEAD, byPatient, PROJECT))).containsExactly(AccessPolicy.SIGN_OFF_NOT_BY_NAMED_PARTNER);
        // A staff member of the team has no partner's role and is not the partner named: both reasons.
        assertThat(codes(POLICY.check(NURSE, byPatient, PROJECT))).containsExactlyInAnyOrder(
                AccessPolicy.ROLE_NOT_PERMITTED, AccessPolicy.SIGN_OFF_NOT_BY_NAMED_PARTNER);
        // A member of staff signing in their own name is refused by role: sign-off is for partners.
        assertThat(codes(POLICY.check(NURSE, new SignOffImpactCommand(1, Scenario.NURSE, DAY, null), PROJECT)))
                .containsExactly(AccessPolicy.ROLE_NOT_PERMITTED);
    }

    @Test
    void theProgressScoreIsSetOnlyByTheLeadOrTheSponsor() {
        SetProgressScoreCommand score = new SetProgressScoreCommand(ProgressScore.of(1.5), "team formed", DAY);
        assertThat(POLICY.check(LEAD, score, PROJECT).isPermitted()).isTrue();
        assertThat(POLICY.check(SPONSOR, score, PROJECT).isPermitted()).isTrue();
        assertThat(codes(POLICY.check(NURSE, score, PROJECT))).containsExactlyInAnyOrder(AccessPolicy.ROLE_NOT_PERMITTED,
                AccessPolicy.PROGRESS_SCORE_NOT_BY_LEAD_OR_SPONSOR);

        // A policy that lets the co-design team set it still cannot: the method says who.
        AccessPolicy generous = POLICY.withPermission(ProjectRole.CO_DESIGN_MEMBER, "set-progress-score");
        Verdict refused = generous.check(NURSE, score, PROJECT);
        assertThat(codes(refused)).containsExactly(AccessPolicy.PROGRESS_SCORE_NOT_BY_LEAD_OR_SPONSOR);
        assertThat(refused.reasons().get(0).message()).isEqualTo("The progress score is set by the project's QI lead or its"
                + " executive sponsor. Your roles on this project: co-design team member.");
    }

    @Test
    void onlyMembersSeePartnersIds() {
        for (Principal member : new Principal[] {LEAD, PATIENT, NURSE, SPONSOR, Principal.of(Actor.of("O-01"))}) {
            assertThat(POLICY.canSeePartnerIds(member, PROJECT).isPermitted()).as(member.toString()).isTrue();
        }
        assertThat(codes(POLICY.canSeePartnerIds(VIEWER, PROJECT))).containsExactly(AccessPolicy.PARTNER_IDS_FOR_MEMBERS_ONLY);
        assertThat(codes(POLICY.canSeePartnerIds(STRANGER, PROJECT))).containsExactly(AccessPolicy.PARTNER_IDS_FOR_MEMBERS_ONLY);
        assertThat(POLICY.canSeePartnerIds(VIEWER, PROJECT).reasons().get(0).message())
                .isEqualTo("Only members of the project see partners' ids. Your roles on this project: viewer.");
        // A viewer who is also in the co-design team is a member.
        assertThat(POLICY.canSeePartnerIds(PATIENT.withRole(ProjectRole.VIEWER), PROJECT).isPermitted()).isTrue();
    }

    @Test
    void aCommandThePolicyRefusesIsNeverRecorded() {
        Scenario scenario = scenario();
        long before = scenario.project().version();
        CommandOutcome outcome = scenario.projects.handle(scenario.id, VIEWER, new RecordMeasurementCommand("2016-11", 3, 4));
        assertThat(outcome).isInstanceOf(CommandOutcome.Refused.class);
        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly(AccessPolicy.ROLE_NOT_PERMITTED);
        assertThat(scenario.projects.store().version(scenario.id)).isEqualTo(before);

        CommandOutcome onBehalf = scenario.projects.handle(scenario.id, CARER,
                new SignOffImpactCommand(1, Scenario.PATIENT, scenario.day(), null));
        assertThat(onBehalf.reasons()).extracting(Reason::code).containsExactly(AccessPolicy.SIGN_OFF_NOT_BY_NAMED_PARTNER);
        assertThat(scenario.projects.store().version(scenario.id)).isEqualTo(before);
    }

    @Test
    void aPermittedCommandIsRecordedWithThePrincipalAsItsActor() {
        Scenario scenario = scenario();
        CommandOutcome outcome = scenario.projects.handle(scenario.id, PATIENT,
                new SignOffImpactCommand(1, Scenario.PATIENT, scenario.day(), "Yes, that is what we asked for"));
        assertThat(outcome.orElseThrow().events()).extracting(RecordedEvent::actor).containsExactly(Actor.of(Scenario.PATIENT));
        assertThat(scenario.project().impactEntry(1).orElseThrow().isSignedOffBy(Scenario.PATIENT)).isTrue();
    }

    @Test
    void thePolicyIsCheckedBeforeTheProjectsRulesAndAfterTheVersion() {
        Scenario scenario = scenario();
        long version = scenario.project().version();
        // Refused by the policy, though the decider would refuse it too (the approver is in no oversight group).
        CommandOutcome outcome = scenario.projects.handle(scenario.id, version, PATIENT,
                new RecordApprovalCommand("Board", Scenario.PATIENT, scenario.day()));
        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly(AccessPolicy.ROLE_NOT_PERMITTED);
        assertThat(scenario.projects.handle(scenario.id, version - 1, VIEWER, new RecordMeasurementCommand("2016-11", 3, 4)))
                .isInstanceOf(CommandOutcome.Conflict.class);
    }

    @Test
    void anOrganisationsOwnPolicyIsUsedWhenGiven() {
        Scenario scenario = scenario();
        AccessPolicy ours = POLICY.withVersion("our-trust-access", "2026.1").withPermission(ProjectRole.VIEWER,
                "record-what-matters");
        RecordWhatMattersCommand heard = new RecordWhatMattersCommand(WhatMattersSource.CONVERSATIONS, "Calling home", 4,
                Set.of(), scenario.day());
        assertThat(scenario.projects.handle(scenario.id, VIEWER, heard).isRecorded()).isFalse();
        var projects = scenario.projects.withAccessPolicy(ours);
        assertThat(projects.accessPolicy()).isEqualTo(ours);
        assertThat(projects.handle(scenario.id, VIEWER, heard).isRecorded()).isTrue();
        assertThat(scenario.projects.accessPolicy()).isEqualTo(POLICY);
        assertThat(EnumSet.copyOf(ours.rolesPermitted("record-what-matters"))).contains(ProjectRole.VIEWER);
    }
}
