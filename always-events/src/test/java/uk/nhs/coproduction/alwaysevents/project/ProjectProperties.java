package uk.nhs.coproduction.alwaysevents.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.AddChangeIdeaCommand;
import uk.nhs.coproduction.alwaysevents.command.AddPrimaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AddSecondaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AddSpreadSiteCommand;
import uk.nhs.coproduction.alwaysevents.command.AppointExecutiveSponsorCommand;
import uk.nhs.coproduction.alwaysevents.command.AssessCriterionCommand;
import uk.nhs.coproduction.alwaysevents.command.CorrectMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinOversightGroupCommand;
import uk.nhs.coproduction.alwaysevents.command.LeaveCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.PauseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.PlanPdsaCycleCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordApprovalCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaActCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaDoCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaStudyCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordSiteMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordSustainReviewCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.ResumeProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.SetProgressScoreCommand;
import uk.nhs.coproduction.alwaysevents.command.SignOffImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StateAimCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * Stateful properties: chains of random commands, valid and invalid, sent to one project through
 * the public service. After every command: a refused command changed nothing; replaying the log
 * (whole, from a midpoint, or event by event, or through a fresh service) equals the live state;
 * every invariant holds; and no transition's verdict depends on the order of its guards.
 */
class ProjectProperties {

    private static final List<PartnerId> PEOPLE = List.of(PartnerId.of("P-1"), PartnerId.of("P-2"), PartnerId.of("P-3"),
            PartnerId.of("S-1"), PartnerId.of("S-2"), PartnerId.of("S-3"), PartnerId.of("E-1"));
    private static final List<String> PERIODS = List.of("2017-01", "2017-02", "2017-03", "2017-04", "2017-05", "2017-06",
            "2017-07", "2017-08", "2017-09", "2017-10", "2017-11", "2017-12", "2018-01", "2018-02");

    @Property(tries = 60)
    void everyStepOfARandomChainKeepsTheLaws(@ForAll("chains") ActionChain<ProjectHarness> chain) {
        chain.withInvariant("a refused command changes nothing; replay equals live", ProjectHarness::replayEqualsLive)
                .withInvariant("every reachable state satisfies the invariants", ProjectHarness::invariantsHold)
                .withInvariant("verdicts do not depend on guard order", ProjectHarness::verdictsDoNotDependOnGuardOrder)
                .run();
    }

    /** The chains are worth something only if they reach the later phases, where the later guards live. */
    @Property(tries = 60)
    void chainsReachEveryPhase(@ForAll("chains") ActionChain<ProjectHarness> chain) {
        ProjectHarness end = chain.run();

        assertThat(end.recorded).isPositive();
        AlwaysEventProject project = end.project();
        Phase furthest = project == null ? Phase.SET_UP_AND_OVERSIGHT : project.phaseHistory().stream()
                .map(PhaseChange::to).max(Phase::compareTo).orElse(Phase.SET_UP_AND_OVERSIGHT);
        Statistics.label("furthest phase").collect(furthest);
        Statistics.label("furthest phase").coverage(coverage -> {
            coverage.checkQuery(values -> ((Phase) values.get(0)).compareTo(Phase.TEST) >= 0).percentage(p -> p >= 50);
            coverage.check(Phase.SUSTAIN).percentage(p -> p >= 10);
        });
    }

    @Provide
    Arbitrary<ActionChain<ProjectHarness>> chains() {
        return ActionChain.startWith(ProjectHarness::new)
                .withAction(3, new Advance())
                .withAction(10, new RandomCommand())
                .withAction(1, new StaleCommand())
                .withMaxTransformations(60);
    }

    /** Meets the current phase's conditions and takes the step forward, as a team doing the work would. */
    static final class Advance implements Action.Independent<ProjectHarness> {
        @Override
        public Arbitrary<Transformer<ProjectHarness>> transformer() {
            return Arbitraries.just(Transformer.mutate("advance", ProjectHarness::advanceForTests));
        }
    }

    /** A random command, plausible or not, for the project as it stands. */
    static final class RandomCommand implements Action.Dependent<ProjectHarness> {
        @Override
        public Arbitrary<Transformer<ProjectHarness>> transformer(ProjectHarness state) {
            return commands(state).map(command -> Transformer.mutate(command.getClass().getSimpleName(), h -> h.submit(command)));
        }
    }

    /** A command decided on an old version: always a conflict. */
    static final class StaleCommand implements Action.Dependent<ProjectHarness> {
        @Override
        public boolean precondition(ProjectHarness state) {
            return state.project() != null;
        }

        @Override
        public Arbitrary<Transformer<ProjectHarness>> transformer(ProjectHarness state) {
            return Arbitraries.of(PERIODS).map(period -> Transformer.mutate("stale " + period,
                    h -> h.submitStale(new RecordMeasurementCommand(period, 1, 2))));
        }
    }

    static Arbitrary<ProjectCommand> commands(ProjectHarness h) {
        Arbitrary<PartnerId> person = Arbitraries.of(PEOPLE);
        Arbitrary<String> period = Arbitraries.of(PERIODS);
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 20);
        Arbitrary<Integer> cycle = Arbitraries.integers().between(1, 3);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(-3, 2).map(d -> h.today().plusDays(d));
        Arbitrary<Set<Role>> roles = Arbitraries.of(Role.values()).set().ofMinSize(1).ofMaxSize(2).map(EnumSet::copyOf);
        List<String> transitionIds = ProjectHarness.DEFINITION.transitionsFrom(h.phase()).stream().map(Transition::id).toList();
        Arbitrary<String> transition = Arbitraries.oneOf(
                transitionIds.isEmpty() ? Arbitraries.just("sustain") : Arbitraries.of(transitionIds),
                Arbitraries.of("test", "spread-and-scale-up", "no-such-step"));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(new StartProjectCommand("Trust", "Title", "Ward", h.today()))),
                Tuple.of(2, person.map(p -> new AppointExecutiveSponsorCommand(p, h.today()))),
                Tuple.of(4, Combinators.combine(person, roles).as((p, r) -> new JoinCoDesignTeamCommand(p, r, h.today()))),
                Tuple.of(1, Combinators.combine(person, roles).as((p, r) -> new JoinOversightGroupCommand(p, r, h.today()))),
                Tuple.of(1, person.map(p -> new LeaveCoDesignTeamCommand(p, h.today()))),
                Tuple.of(3, Combinators.combine(Arbitraries.of(WhatMattersSource.values()), person.set().ofMaxSize(2))
                        .as((source, voiced) -> new RecordWhatMattersCommand(source, "What matters", 3, voiced, h.today()))),
                Tuple.of(2, Arbitraries.just(new StateVisionCommand("We will always be heard", h.today()))),
                Tuple.of(2, Arbitraries.integers().between(50, 100).map(percent -> new StateAimCommand("people", "it happens",
                        percent, LocalDate.of(2018, 3, 31)))),
                Tuple.of(3, Combinators.combine(Arbitraries.of(Criterion.values()), Arbitraries.of(true, true, false))
                        .as((criterion, met) -> new AssessCriterionCommand(criterion, met, "evidence", h.today()))),
                Tuple.of(2, Arbitraries.just(new AddPrimaryDriverCommand("Primary"))),
                Tuple.of(2, Arbitraries.of("P1", "P2").map(id -> new AddSecondaryDriverCommand(id, "Secondary"))),
                Tuple.of(2, Arbitraries.of("S1", "S2").map(id -> new AddChangeIdeaCommand(id, "Idea"))),
                Tuple.of(3, Combinators.combine(Arbitraries.of("C1", "C2"), period.injectNull(0.5))
                        .as((idea, p) -> new PlanPdsaCycleCommand(idea, "o", "p", "a", "d", h.today(), p))),
                Tuple.of(2, Combinators.combine(cycle, date).as((c, d) -> new RecordPdsaDoCommand(c, "observed", d))),
                Tuple.of(2, Combinators.combine(cycle, date).as((c, d) -> new RecordPdsaStudyCommand(c, "learnt", true, d))),
                Tuple.of(2, Combinators.combine(cycle, Arbitraries.of(ActDecision.values()), date)
                        .as((c, decision, d) -> new RecordPdsaActCommand(c, decision, "next", d))),
                Tuple.of(5, Combinators.combine(period, count, count).as((p, n, d) -> new RecordMeasurementCommand(p, n, d))),
                Tuple.of(1, Combinators.combine(period, count).as((p, n) -> new CorrectMeasurementCommand(p, n, 20, "late forms"))),
                Tuple.of(1, Arbitraries.of("ward-2", "trust-b").map(site -> new AddSpreadSiteCommand(site, site, SiteKind.UNIT,
                        h.today()))),
                Tuple.of(2, Combinators.combine(Arbitraries.of("ward-2", "trust-b"), period, count)
                        .as((site, p, n) -> new RecordSiteMeasurementCommand(site, p, n, 20))),
                Tuple.of(1, Arbitraries.just(new RecordSustainReviewCommand("still reliable", h.today(), null))),
                Tuple.of(1, Arbitraries.integers().between(1, 10).map(half -> new SetProgressScoreCommand(
                        ProgressScore.of(half / 2.0), "why", h.today()))),
                Tuple.of(1, person.set().ofMaxSize(2).map(said -> new RecordImpactCommand("you said", "we did", said, h.today()))),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(1, 2), person)
                        .as((entry, p) -> new SignOffImpactCommand(entry, p, h.today(), null))),
                Tuple.of(1, person.map(p -> new RecordApprovalCommand("Board", p, h.today()))),
                Tuple.of(6, transition.map(t -> new TakeTransitionCommand(t, h.today()))),
                Tuple.of(1, Arbitraries.just(new PauseProjectCommand("pause", h.today()))),
                Tuple.of(2, Arbitraries.just(new ResumeProjectCommand(h.today()))),
                Tuple.of(1, Arbitraries.just(new StartProjectCommand(" ", "", "Ward", h.today()))));
    }
}
