package uk.nhs.coproduction.alwaysevents.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.AddChangeIdeaCommand;
import uk.nhs.coproduction.alwaysevents.command.AddSecondaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AddSpreadSiteCommand;
import uk.nhs.coproduction.alwaysevents.command.CloseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.CorrectMeasureValueCommand;
import uk.nhs.coproduction.alwaysevents.command.CorrectMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.DefineMeasureCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasureValueCommand;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.alwaysevents.command.JoinCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinOversightGroupCommand;
import uk.nhs.coproduction.alwaysevents.command.LeaveCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.PauseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.PlanPdsaCycleCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordApprovalCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaDoCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaStudyCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordSiteMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.Refusals;
import uk.nhs.coproduction.alwaysevents.command.ResumeProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.SetProgressScoreCommand;
import uk.nhs.coproduction.alwaysevents.command.SignOffImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * One example for every reason a command can be refused for (the codes in {@link Refusals}); a
 * refused command changes nothing.
 */
class CommandRulesTest {

    private static final LocalDate DAY = LocalDate.of(2017, 1, 9);

    private record Attempt(Scenario scenario, ProjectCommand command) {
    }

    static Map<String, Supplier<Attempt>> examples() {
        Map<String, Supplier<Attempt>> examples = new LinkedHashMap<>();
        examples.put(Refusals.PROJECT_ALREADY_STARTED, () -> new Attempt(Scenario.inMemory().started(),
                new StartProjectCommand("Again", "Again", "Again", DAY)));
        examples.put(Refusals.PROJECT_NOT_STARTED, () -> new Attempt(Scenario.inMemory(), new RecordMeasurementCommand("2017-01", 1, 2)));
        examples.put(Refusals.NOT_YET_IN_PHASE, () -> new Attempt(Scenario.inMemory().understanding(),
                new StateVisionCommand("I will always be asked first", DAY)));
        examples.put(Refusals.UNKNOWN_TRANSITION, () -> new Attempt(Scenario.inMemory().started(),
                new TakeTransitionCommand("leap-to-spread", DAY)));
        examples.put(Refusals.ALREADY_IN_CO_DESIGN_TEAM, () -> new Attempt(Scenario.inMemory().setUp(),
                new JoinCoDesignTeamCommand(Scenario.PATIENT, Set.of(Role.PATIENT), DAY)));
        examples.put(Refusals.ALREADY_IN_OVERSIGHT_GROUP, () -> {
            Scenario s = Scenario.inMemory().started().ok(new JoinOversightGroupCommand(Scenario.SPONSOR,
                    Set.of(Role.EXECUTIVE_SPONSOR), DAY));
            return new Attempt(s, new JoinOversightGroupCommand(Scenario.SPONSOR, Set.of(Role.EXECUTIVE_SPONSOR), DAY));
        });
        examples.put(Refusals.NOT_IN_CO_DESIGN_TEAM, () -> new Attempt(Scenario.inMemory().setUp(),
                new LeaveCoDesignTeamCommand(PartnerId.of("X-99"), DAY)));
        examples.put(Refusals.VOICED_BY_REQUIRED, () -> new Attempt(Scenario.inMemory().understanding(),
                new RecordWhatMattersCommand(WhatMattersSource.PARTNERS, "We said so", 0, Set.of(), DAY)));
        examples.put(Refusals.UNKNOWN_PRIMARY_DRIVER, () -> new Attempt(Scenario.inMemory().coDesigning(),
                new AddSecondaryDriverCommand("P7", "Nothing to hang from")));
        examples.put(Refusals.UNKNOWN_SECONDARY_DRIVER, () -> new Attempt(Scenario.inMemory().coDesigning(),
                new AddChangeIdeaCommand("S7", "Nothing to hang from")));
        examples.put(Refusals.UNKNOWN_CHANGE_IDEA, () -> new Attempt(Scenario.inMemory().testing(),
                new PlanPdsaCycleCommand("C9", "o", "p", "a", "d", DAY, null)));
        examples.put(Refusals.UNKNOWN_PDSA_CYCLE, () -> new Attempt(Scenario.inMemory().testing(),
                new RecordPdsaDoCommand(3, "observed", DAY)));
        examples.put(Refusals.PDSA_STEP_OUT_OF_ORDER, () -> {
            Scenario s = Scenario.inMemory().testing().ok(new PlanPdsaCycleCommand("C1", "o", "p", "a", "d", DAY, null));
            return new Attempt(s, new RecordPdsaStudyCommand(1, "learnt", true, DAY));
        });
        examples.put(Refusals.PDSA_DATE_BEFORE_PREVIOUS_STEP, () -> {
            Scenario s = Scenario.inMemory().testing().ok(new PlanPdsaCycleCommand("C1", "o", "p", "a", "d", DAY, null));
            return new Attempt(s, new RecordPdsaDoCommand(1, "observed", DAY.minusDays(3)));
        });
        examples.put(Refusals.MEASUREMENT_ALREADY_RECORDED, () -> new Attempt(Scenario.inMemory().started().measure(5, 10),
                new RecordMeasurementCommand("2016-11", 6, 10)));
        examples.put(Refusals.MEASUREMENT_NOT_RECORDED, () -> new Attempt(Scenario.inMemory().started(),
                new CorrectMeasurementCommand("2016-11", 6, 10, "typing error")));
        examples.put(Refusals.SITE_ALREADY_ADDED, () -> {
            Scenario s = Scenario.inMemory().spreading().ok(new AddSpreadSiteCommand("ward-2", "Ward 2", SiteKind.UNIT, DAY));
            return new Attempt(s, new AddSpreadSiteCommand("ward-2", "Ward 2 again", SiteKind.UNIT, DAY));
        });
        examples.put(Refusals.UNKNOWN_SITE, () -> new Attempt(Scenario.inMemory().spreading(),
                new RecordSiteMeasurementCommand("ward-9", "2018-01", 1, 2)));
        examples.put(Refusals.UNKNOWN_IMPACT_ENTRY, () -> new Attempt(Scenario.inMemory().setUp(),
                new SignOffImpactCommand(4, Scenario.PATIENT, DAY, null)));
        examples.put(Refusals.SIGN_OFF_NEEDS_LIVED_EXPERIENCE, () -> {
            Scenario s = Scenario.inMemory().setUp().ok(new RecordImpactCommand("Phones are never charged", "Charging rota",
                    Set.of(Scenario.PATIENT), DAY));
            return new Attempt(s, new SignOffImpactCommand(1, Scenario.NURSE, DAY, null));
        });
        examples.put(Refusals.ALREADY_SIGNED_OFF, () -> {
            Scenario s = Scenario.inMemory().setUp().ok(new RecordImpactCommand("Phones are never charged", "Charging rota",
                    Set.of(Scenario.PATIENT), DAY)).ok(new SignOffImpactCommand(1, Scenario.PATIENT, DAY, "Yes, better"));
            return new Attempt(s, new SignOffImpactCommand(1, Scenario.PATIENT, DAY, null));
        });
        examples.put(Refusals.APPROVER_NOT_IN_OVERSIGHT, () -> new Attempt(Scenario.inMemory().setUp(),
                new RecordApprovalCommand("Board", Scenario.NURSE, DAY)));
        examples.put(Refusals.MEASURE_ALREADY_DEFINED, () -> new Attempt(measured(), waits("waits", ChartType.I)));
        examples.put(Refusals.OUTCOME_IS_RELIABILITY, () -> new Attempt(Scenario.inMemory().started(),
                new DefineMeasureCommand("experience", MeasureRole.OUTCOME, "Experience", "Survey each month",
                        Series.Kind.COUNTS, ChartType.P, "mdc", ImprovementDirection.INCREASE, null)));
        examples.put(Refusals.CHART_CANNOT_READ_DATA, () -> new Attempt(Scenario.inMemory().started(),
                waits("waits", ChartType.P)));
        examples.put(Refusals.UNKNOWN_MEASURE, () -> new Attempt(Scenario.inMemory().started(),
                new RecordMeasureValueCommand("waits", "2016-10", "4")));
        examples.put(Refusals.MEASURE_VALUE_WRONG_KIND, () -> new Attempt(measured(),
                new RecordMeasureValueCommand("waits", "2016-11", "4/5")));
        examples.put(Refusals.MEASURE_VALUE_OUT_OF_RANGE, () -> {
            Scenario s = Scenario.inMemory().started().ok(waits("waits", ChartType.T));
            return new Attempt(s, new RecordMeasureValueCommand("waits", "2016-10", "0"));
        });
        examples.put(Refusals.MEASURE_VALUE_ALREADY_RECORDED, () -> new Attempt(measured(),
                new RecordMeasureValueCommand("waits", "2016-10", "6")));
        examples.put(Refusals.MEASURE_VALUE_NOT_RECORDED, () -> new Attempt(measured(),
                new CorrectMeasureValueCommand("waits", "2016-11", "6", "miscounted")));
        examples.put(Refusals.PERIOD_BEFORE_START, () -> new Attempt(measured(),
                new RecordMeasureValueCommand("waits", "2016-09", "6")));
        examples.put(Refusals.PERIOD_IN_THE_FUTURE, () -> new Attempt(measured(),
                new RecordMeasureValueCommand("waits", "2017-01-15", "6")));
        examples.put(Refusals.NOT_PAUSED, () -> new Attempt(Scenario.inMemory().started(), new ResumeProjectCommand(DAY)));
        return examples;
    }

    private static DefineMeasureCommand waits(String id, ChartType chart) {
        return new DefineMeasureCommand(id, MeasureRole.PROCESS, "Minutes waited", "Timed at each request",
                Series.Kind.VALUES, chart, "ihi", ImprovementDirection.DECREASE, 5.0);
    }

    /** Started, with a process measure {@code waits} on an I chart and its value for 2016-10. */
    private static Scenario measured() {
        return Scenario.inMemory().started().ok(waits("waits", ChartType.I))
                .ok(new RecordMeasureValueCommand("waits", "2016-10", "4"));
    }

    static Stream<Arguments> codes() {
        return examples().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void theCommandIsRefusedWithTheReasonAndNothingChanges(String code, Supplier<Attempt> example) {
        Attempt attempt = example.get();
        AlwaysEventProject before = attempt.scenario().projects.project(attempt.scenario().id).orElse(null);
        long versionBefore = attempt.scenario().projects.store().version(attempt.scenario().id);

        CommandOutcome outcome = attempt.scenario().attempt(attempt.command());

        assertThat(outcome).isInstanceOf(CommandOutcome.Refused.class);
        List<Reason> reasons = ((CommandOutcome.Refused) outcome).reasons();
        assertThat(reasons).extracting(Reason::code).contains(code);
        assertThat(reasons).allSatisfy(r -> assertThat(r.message()).isNotBlank());
        assertThat(attempt.scenario().projects.store().version(attempt.scenario().id)).isEqualTo(versionBefore);
        assertThat(attempt.scenario().projects.project(attempt.scenario().id).orElse(null)).isEqualTo(before);
    }

    @Test
    void everyRefusalCodeHasAnExample() throws IllegalAccessException {
        List<String> codes = new java.util.ArrayList<>();
        for (Field field : Refusals.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        assertThat(examples().keySet()).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void aPausedProjectRecordsNothingUntilResumedAndAClosedOneNothingAtAll() {
        Scenario s = Scenario.inMemory().setUp().ok(new PauseProjectCommand("staff shortage", DAY));
        assertThat(s.attempt(new RecordMeasurementCommand("2017-01", 3, 4))).isInstanceOf(CommandOutcome.Refused.class);
        assertThat(s.project().statusReason()).isEqualTo("staff shortage");

        s.ok(new ResumeProjectCommand(DAY)).measure(3, 4).ok(new CloseProjectCommand("merged with another project", DAY));

        CommandOutcome afterClosing = s.attempt(new ResumeProjectCommand(DAY));
        assertThat(((CommandOutcome.Refused) afterClosing).reasons()).extracting(Reason::code).containsExactly("PROJECT_CLOSED");
        assertThat(s.project().status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(s.project().measurements()).hasSize(1);
    }

    @Test
    void theVisionCannotBeDecidedBeforeUnderstandingWhatMatters() {
        Scenario s = Scenario.inMemory().setUp();

        CommandOutcome outcome = s.attempt(new StateVisionCommand("I will always be told", DAY));

        Reason reason = ((CommandOutcome.Refused) outcome).reasons().get(0);
        assertThat(reason.message()).contains("so that staff do not decide it beforehand").contains("\"Set-up and oversight\"");
        assertThat(reason.fact("needs")).contains(Phase.CO_DESIGN.name());
    }

    @Test
    void aCorrectionReplacesThePeriodsMeasurementAndSaysWhy() {
        Scenario s = Scenario.inMemory().started().measure(5, 10);

        s.ok(new CorrectMeasurementCommand("2016-11", 7, 10, "two forms were filed late"));

        assertThat(s.project().measurements()).containsExactly(Measurement.of("2016-11", 7, 10));
    }

    @Test
    void theDriverDiagramAndPdsaCyclesHangTogether() {
        Scenario s = Scenario.inMemory().testing().cycle(ActDecision.ADAPT);

        AlwaysEventProject project = s.project();
        assertThat(project.driverDiagram().secondaryDriversOf("P1")).extracting(d -> d.id()).containsExactly("S1");
        assertThat(project.driverDiagram().changeIdeasOf("S1")).extracting(d -> d.id()).containsExactly("C1");
        assertThat(project.pdsaCycle(1)).hasValueSatisfying(c -> {
            assertThat(c.changeIdeaId()).isEqualTo("C1");
            assertThat(c.keptTheChange()).isTrue();
        });
    }

    @Test
    void theImpactLogLinksWhatWasSaidToWhatChangedWithSignOffs() {
        Scenario s = Scenario.inMemory().setUp()
                .ok(new RecordImpactCommand("I could not call my mum at night", "Phone kept charged at the station",
                        Set.of(Scenario.PATIENT), DAY))
                .ok(new SignOffImpactCommand(1, Scenario.CARER, DAY, "It works"));

        assertThat(s.project().impactEntry(1)).hasValueSatisfying(entry -> {
            assertThat(entry.saidBy()).containsExactly(Scenario.PATIENT);
            assertThat(entry.isSignedOffBy(Scenario.CARER)).isTrue();
            assertThat(entry.toString()).doesNotContain("mum");
        });
    }

    @Test
    void everyProgressScoreChangeIsKeptWithWhoAndWhy() {
        Scenario s = Scenario.inMemory().setUp();
        s.ok(new SetProgressScoreCommand(uk.nhs.coproduction.alwaysevents.progress.ProgressScore.of(1.0), "team formed", DAY));
        s.ok(new SetProgressScoreCommand(uk.nhs.coproduction.alwaysevents.progress.ProgressScore.of(1.5), "baseline begun", DAY));

        assertThat(s.project().progressHistory()).extracting(c -> c.score().toString() + " " + c.setBy() + " " + c.rationale())
                .containsExactly("1.0 qi-lead team formed", "1.5 qi-lead baseline begun");
        assertThat(s.project().progressScore()).hasValueSatisfying(c -> assertThat(c.score().value()).isEqualTo(1.5));
    }

    @Test
    void membersCanLeaveTheTeam() {
        Scenario s = Scenario.inMemory().setUp().ok(new LeaveCoDesignTeamCommand(Scenario.CARER, DAY));

        assertThat(s.project().coDesignTeam()).extracting(TeamMember::id).doesNotContain(Scenario.CARER).hasSize(3);
        assertThat(Arrays.asList(Role.values())).isNotEmpty();
    }
}
