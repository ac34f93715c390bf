package uk.nhs.coproduction.alwaysevents.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.AddPrimaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AppointExecutiveSponsorCommand;
import uk.nhs.coproduction.alwaysevents.command.CloseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinOversightGroupCommand;
import uk.nhs.coproduction.alwaysevents.command.LeaveCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.PauseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordApprovalCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.ResumeProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.SetProgressScoreCommand;
import uk.nhs.coproduction.alwaysevents.command.SignOffImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * The laws of the access policy, for random policies, project states, principals and commands:
 * a command from someone none of whose roles may give it is never recorded; holding more roles,
 * or a policy permitting more, never takes a permission away; the method's own rules hold even
 * under a policy that permits everything; a policy reads back as written.
 */
class AccessProperties {

    private static final ProjectId ID = ProjectId.of("test-project");
    private static final LocalDate DAY = LocalDate.of(2016, 12, 1);
    private static final List<PartnerId> PEOPLE = List.of(Scenario.PATIENT, Scenario.CARER, Scenario.NURSE,
            Scenario.SPONSOR, PartnerId.of("O-01"), PartnerId.of("qi-lead"), PartnerId.of("X-01"));

    /** A project at several points of its life, as the log a store holds; the first is not started. */
    private static final List<List<RecordedEvent>> STAGES = buildStages();

    private static List<List<RecordedEvent>> buildStages() {
        List<Supplier<Scenario>> stages = List.of(
                Scenario::inMemory,
                () -> Scenario.inMemory().started(),
                () -> Scenario.inMemory().setUp(),
                () -> withOversightAndImpact(Scenario.inMemory().understanding()),
                () -> withOversightAndImpact(Scenario.inMemory().coDesigning()),
                () -> withOversightAndImpact(Scenario.inMemory().testing()));
        List<List<RecordedEvent>> logs = new ArrayList<>();
        for (Supplier<Scenario> stage : stages) {
            Scenario scenario = stage.get();
            logs.add(scenario.projects.history(scenario.id).events());
        }
        return List.copyOf(logs);
    }

    private static Scenario withOversightAndImpact(Scenario scenario) {
        scenario.ok(new JoinOversightGroupCommand(PartnerId.of("O-01"), Set.of(Role.EXPERIENCE_OF_CARE_STAFF), scenario.day()));
        return scenario.ok(new RecordImpactCommand("Nobody told us", "A leaflet", Set.of(Scenario.PATIENT), scenario.day()));
    }

    private static AlwaysEventProjects projectsAt(int stage, AccessPolicy policy) {
        InMemoryEventStore store = new InMemoryEventStore();
        List<RecordedEvent> log = STAGES.get(stage);
        if (!log.isEmpty()) {
            store.append(ID, 0, log).orElseThrow();
        }
        return AlwaysEventProjects.using(store, WorkflowDefinition.standard(),
                Clock.fixed(Instant.parse("2016-12-01T09:00:00Z"), ZoneOffset.UTC)).withAccessPolicy(policy);
    }

    private static @Nullable AlwaysEventProject stateAt(int stage) {
        return AlwaysEventProject.replay(STAGES.get(stage)).orElse(null);
    }

    @Property(tries = 400)
    void aCommandFromSomeoneWithoutAPermittedRoleIsNeverRecorded(@ForAll("policies") AccessPolicy policy,
            @ForAll("stages") int stage, @ForAll("principals") Principal principal, @ForAll("commands") ProjectCommand command) {
        AlwaysEventProjects projects = projectsAt(stage, policy);
        long before = projects.store().version(ID);
        Set<ProjectRole> held = principal.rolesOn(projects.project(ID).orElse(null));
        boolean permittedRole = !Collections.disjoint(held, policy.rolesPermitted(AccessPolicy.commandName(command)));

        CommandOutcome outcome = projects.handle(ID, principal, command);

        if (!permittedRole) {
            assertThat(outcome).isInstanceOf(CommandOutcome.Refused.class);
            assertThat(outcome.reasons()).extracting(Reason::code).contains(AccessPolicy.ROLE_NOT_PERMITTED);
            assertThat(projects.store().version(ID)).isEqualTo(before);
            assertThat(projects.history(ID).events()).hasSize(STAGES.get(stage).size());
        }
        if (outcome instanceof CommandOutcome.Recorded recorded) {
            assertThat(permittedRole).isTrue();
            assertThat(recorded.events()).extracting(RecordedEvent::actor).containsOnly(principal.actor());
        } else {
            assertThat(projects.store().version(ID)).isEqualTo(before);
        }
        Statistics.label("outcome").collect(permittedRole ? outcome.getClass().getSimpleName() : "no permitted role");
    }

    @Property(tries = 400)
    void holdingAnotherRoleNeverTakesAPermissionAway(@ForAll("policies") AccessPolicy policy, @ForAll("stages") int stage,
            @ForAll("principals") Principal principal, @ForAll("commands") ProjectCommand command,
            @ForAll("assignable") ProjectRole extra) {
        AlwaysEventProject state = stateAt(stage);
        Verdict before = policy.check(principal, command, state);
        Verdict after = policy.check(principal.withRole(extra), command, state);
        assertThat(codes(after)).isSubsetOf(codes(before));
        if (before.isPermitted()) {
            assertThat(after.isPermitted()).isTrue();
        }
        if (state != null && policy.canSeePartnerIds(principal, state).isPermitted()) {
            assertThat(policy.canSeePartnerIds(principal.withRole(extra), state).isPermitted()).isTrue();
        }
        Statistics.label("before").collect(before.isPermitted() ? "permitted" : "refused");
    }

    @Property(tries = 400)
    void aPolicyThatPermitsMoreNeverTakesAPermissionAway(@ForAll("policies") AccessPolicy policy,
            @ForAll("stages") int stage, @ForAll("principals") Principal principal,
            @ForAll("commands") ProjectCommand command, @ForAll ProjectRole role, @ForAll("commandNames") String more) {
        AlwaysEventProject state = stateAt(stage);
        Verdict before = policy.check(principal, command, state);
        Verdict after = policy.withPermission(role, more).check(principal, command, state);
        assertThat(codes(after)).isSubsetOf(codes(before));
        if (before.isPermitted()) {
            assertThat(after.isPermitted()).isTrue();
        }
    }

    @Property(tries = 300)
    void theMethodsRulesHoldWhateverAPolicyPermits(@ForAll("stages") int stage, @ForAll("principals") Principal principal,
            @ForAll("commands") ProjectCommand command) {
        AccessPolicy everything = AccessPolicy.bundled();
        for (ProjectRole role : ProjectRole.values()) {
            for (String name : AccessPolicy.commandNames()) {
                everything = everything.withPermission(role, name);
            }
        }
        AlwaysEventProject state = stateAt(stage);
        Set<String> codes = codes(everything.check(principal, command, state));
        // Someone who holds no role on the project is refused by any policy; anyone else is not refused by role.
        assertThat(codes.contains(AccessPolicy.ROLE_NOT_PERMITTED)).isEqualTo(principal.rolesOn(state).isEmpty());
        boolean notTheNamedPartner = command instanceof SignOffImpactCommand signOff
                && !signOff.partner().equals(principal.partnerId());
        assertThat(codes.contains(AccessPolicy.SIGN_OFF_NOT_BY_NAMED_PARTNER)).isEqualTo(notTheNamedPartner);
        boolean notLeadOrSponsor = command instanceof SetProgressScoreCommand
                && Collections.disjoint(principal.rolesOn(state), EnumSet.of(ProjectRole.QI_LEAD, ProjectRole.EXECUTIVE_SPONSOR));
        assertThat(codes.contains(AccessPolicy.PROGRESS_SCORE_NOT_BY_LEAD_OR_SPONSOR)).isEqualTo(notLeadOrSponsor);
        if (state != null) {
            boolean member = principal.rolesOn(state).stream().anyMatch(ProjectRole::isMember);
            assertThat(everything.canSeePartnerIds(principal, state).isPermitted()).isEqualTo(member);
        }
    }

    @Property(tries = 200)
    void aWrittenPolicyReadsBackEqual(@ForAll("policies") AccessPolicy policy) {
        assertThat(AccessPolicy.fromJson(policy.toJson())).isEqualTo(policy);
    }

    @Property(tries = 200)
    void theCheckIsPure(@ForAll("policies") AccessPolicy policy, @ForAll("stages") int stage,
            @ForAll("principals") Principal principal, @ForAll("commands") ProjectCommand command) {
        AlwaysEventProject state = stateAt(stage);
        assertThat(policy.check(principal, command, state)).isEqualTo(policy.check(principal, command, state));
        assertThat(stateAt(stage)).isEqualTo(state);
    }

    private static Set<String> codes(Verdict verdict) {
        return verdict.reasons().stream().map(Reason::code).collect(Collectors.toSet());
    }

    @Provide
    Arbitrary<Integer> stages() {
        return Arbitraries.integers().between(0, STAGES.size() - 1);
    }

    @Provide
    Arbitrary<ProjectRole> assignable() {
        return Arbitraries.of(ProjectRole.QI_LEAD, ProjectRole.VIEWER);
    }

    @Provide
    Arbitrary<String> commandNames() {
        return Arbitraries.of(List.copyOf(AccessPolicy.commandNames()));
    }

    @Provide
    Arbitrary<Principal> principals() {
        return Combinators.combine(Arbitraries.of(PEOPLE), assignable().set().ofMaxSize(2))
                .as((person, roles) -> new Principal(Actor.of(person), roles));
    }

    /** The bundled policy half the time; otherwise random grants with random wording. */
    @Provide
    Arbitrary<AccessPolicy> policies() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '\u00a3', '\n')
                .ofMinLength(1).ofMaxLength(24).filter(s -> !s.isBlank());
        Arbitrary<RoleDefinition> anyDefinition = Combinators.combine(Arbitraries.of(ProjectRole.values()), words, words,
                commandNames().set().ofMaxSize(12)).as((role, name, description, commands) ->
                        new RoleDefinition(role, name, description, new TreeSet<>(commands)));
        Arbitrary<AccessPolicy> random = Combinators.combine(words, words, anyDefinition.list().ofSize(ProjectRole.values().length))
                .as((id, version, definitions) -> {
                    List<RoleDefinition> one = new ArrayList<>();
                    for (ProjectRole role : ProjectRole.values()) {
                        RoleDefinition picked = definitions.get(role.ordinal());
                        one.add(new RoleDefinition(role, picked.name(), picked.description(), picked.commands()));
                    }
                    return AccessPolicy.of(id, version, one, AccessPolicy.bundled().reasonMessages());
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(AccessPolicy.bundled())),
                net.jqwik.api.Tuple.of(1, random));
    }

    @Provide
    Arbitrary<ProjectCommand> commands() {
        Arbitrary<PartnerId> person = Arbitraries.of(PEOPLE);
        return Arbitraries.oneOf(List.of(
                Arbitraries.just(new StartProjectCommand("Trust", "Title", "Ward", DAY)),
                person.map(p -> new AppointExecutiveSponsorCommand(p, DAY)),
                person.map(p -> new JoinCoDesignTeamCommand(p, EnumSet.of(Role.PATIENT), DAY)),
                person.map(p -> new JoinOversightGroupCommand(p, EnumSet.of(Role.EXPERIENCE_OF_CARE_STAFF), DAY)),
                person.map(p -> new LeaveCoDesignTeamCommand(p, DAY)),
                Arbitraries.just(new RecordWhatMattersCommand(WhatMattersSource.CONVERSATIONS, "Calling home", 3, Set.of(), DAY)),
                Arbitraries.just(new StateVisionCommand("We will always be heard", DAY)),
                Arbitraries.just(new AddPrimaryDriverCommand("Primary")),
                Arbitraries.just(new RecordMeasurementCommand("2016-11", 3, 4)),
                Arbitraries.integers().between(1, 10).map(h -> new SetProgressScoreCommand(ProgressScore.of(h / 2.0), "why", DAY)),
                person.map(p -> new RecordImpactCommand("you said", "we did", Set.of(p), DAY)),
                Combinators.combine(Arbitraries.integers().between(1, 2), person)
                        .as((entry, p) -> new SignOffImpactCommand(entry, p, DAY, null)),
                person.map(p -> new RecordApprovalCommand("Board", p, DAY)),
                Arbitraries.of("understand-what-matters", "co-design", "test")
                        .map(t -> new TakeTransitionCommand(t, DAY)),
                Arbitraries.just(new PauseProjectCommand("winter pressures", DAY)),
                Arbitraries.just(new ResumeProjectCommand(DAY)),
                Arbitraries.just(new CloseProjectCommand("done", DAY))));
    }
}
