package uk.nhs.coproduction.alwaysevents.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.coproduction.alwaysevents.command.DefineMeasureCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasureValueCommand;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.*;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.project.*;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * A project driven through the public API, step by step, for tests: each step records its
 * commands and fails the test if one is not recorded. Dates move on a day per command; monthly
 * periods move on a month per measurement.
 */
public final class Scenario {

    public static final PartnerId PATIENT = PartnerId.of("P-01");
    public static final PartnerId CARER = PartnerId.of("C-01");
    public static final PartnerId NURSE = PartnerId.of("S-01");
    public static final PartnerId SUPPORT_WORKER = PartnerId.of("S-02");
    public static final PartnerId SPONSOR = PartnerId.of("E-01");

    public final MutableClock clock = new MutableClock(Instant.parse("2016-10-03T09:00:00Z"));
    public final AlwaysEventProjects projects;
    public final ProjectId id = ProjectId.of("test-project");
    public final Actor lead = Actor.of("qi-lead");
    private LocalDate today = LocalDate.of(2016, 10, 3);
    private YearMonth nextPeriod = YearMonth.of(2016, 11);

    private Scenario(EventStore store, WorkflowDefinition definition) {
        this.projects = AlwaysEventProjects.using(store, definition, clock);
    }

    public static Scenario inMemory() {
        return new Scenario(new InMemoryEventStore(), WorkflowDefinition.standard());
    }

    public static Scenario using(EventStore store, WorkflowDefinition definition) {
        return new Scenario(store, definition);
    }

    /** The next day, for the next command. */
    public LocalDate day() {
        today = today.plusDays(1);
        clock.advance(Duration.ofDays(1));
        return today;
    }

    public AlwaysEventProject project() {
        return projects.project(id).orElseThrow();
    }

    public CommandOutcome attempt(ProjectCommand command) {
        return projects.handle(id, lead, command);
    }

    public Scenario ok(ProjectCommand command) {
        CommandOutcome outcome = attempt(command);
        assertThat(outcome).as("outcome of %s", command.getClass().getSimpleName()).isInstanceOf(CommandOutcome.Recorded.class);
        return this;
    }

    public Scenario started() {
        return ok(new StartProjectCommand("Test NHS Trust", "Contact", "Ward 1", day()));
    }

    public Scenario join(PartnerId partner, Role role, Role... more) {
        return ok(new JoinCoDesignTeamCommand(partner, EnumSet.of(role, more), day()));
    }

    /** Started, with a sponsor and a co-design team of two people with lived experience and two front-line staff. */
    public Scenario setUp() {
        started().ok(new AppointExecutiveSponsorCommand(SPONSOR, day()));
        join(PATIENT, Role.PATIENT);
        join(CARER, Role.UNPAID_CARER);
        join(NURSE, Role.FRONT_LINE_STAFF);
        return join(SUPPORT_WORKER, Role.FRONT_LINE_STAFF);
    }

    public Scenario take(String transition) {
        return ok(new TakeTransitionCommand(transition, day()));
    }

    public Scenario understanding() {
        return setUp().take("understand-what-matters");
    }

    public Scenario heard() {
        return ok(new RecordWhatMattersCommand(WhatMattersSource.CONVERSATIONS, "Being able to call home at night", 12, Set.of(),
                day()));
    }

    public Scenario coDesigning() {
        return understanding().heard().take("co-design");
    }

    /** Vision, aim, all four criteria met, and one change idea C1 under S1 under P1. */
    public Scenario agreed() {
        ok(new StateVisionCommand("We will always be able to contact people who are important to us", day()));
        ok(new StateAimCommand("requests for contact equipment", "equipment available within 5 minutes", 95,
                LocalDate.of(2018, 3, 31)));
        for (Criterion criterion : Criterion.values()) {
            ok(new AssessCriterionCommand(criterion, true, "agreed by the team", day()));
        }
        ok(new AddPrimaryDriverCommand("Staff know each person's preferred way to keep in touch"));
        ok(new AddSecondaryDriverCommand("P1", "Preferences recorded at admission"));
        return ok(new AddChangeIdeaCommand("S1", "A charged phone kept at the nurses' station"));
    }

    public Scenario testing() {
        return coDesigning().agreed().take("test");
    }

    public Scenario cycle(ActDecision decision) {
        int number = project().pdsaCycles().size() + 1;
        ok(new PlanPdsaCycleCommand("C1", "Does a phone at the station help?", "Most requests met in 5 minutes",
                "Night shift, one week", "Tally of requests", day(), null));
        ok(new RecordPdsaDoCommand(number, "Worked on most nights", day()));
        ok(new RecordPdsaStudyCommand(number, "Prediction held", true, day()));
        return ok(new RecordPdsaActCommand(number, decision, "Try on days too", day()));
    }

    public Scenario measure(int numerator, int denominator) {
        String period = nextPeriod.toString();
        nextPeriod = nextPeriod.plusMonths(1);
        return ok(new RecordMeasurementCommand(period, numerator, denominator));
    }

    public Scenario measure(int periods, int numerator, int denominator) {
        for (int i = 0; i < periods; i++) {
            measure(numerator, denominator);
        }
        return this;
    }

    public Scenario implementing() {
        return testing().cycle(ActDecision.ADOPT).measure(6, 14, 20).take("reliably-implement");
    }

    public Scenario spreading() {
        return implementing().measure(6, 20, 20).take("spread-and-scale-up");
    }

    public Scenario siteReporting(String siteId) {
        ok(new AddSpreadSiteCommand(siteId, "Ward " + siteId, SiteKind.UNIT, day()));
        for (int i = 1; i <= 3; i++) {
            ok(new RecordSiteMeasurementCommand(siteId, "2018-0" + i, 19, 20));
        }
        return this;
    }

    public Scenario sustaining() {
        return spreading().siteReporting("ward-2").take("sustain");
    }

    /** In reliable implementation, with a process measure (counts on a P chart) and a balancing measure (a C chart). */
    public Scenario withMeasures() {
        Scenario s = implementing();
        s.ok(new DefineMeasureCommand("equipment-ready", MeasureRole.PROCESS, "Equipment ready at handover",
                "Checked at every handover", Series.Kind.COUNTS, ChartType.P, "mdc", ImprovementDirection.INCREASE, 90.0));
        s.ok(new DefineMeasureCommand("night-calls", MeasureRole.BALANCING, "Calls to the night coordinator",
                "Calls logged between 22:00 and 07:00", Series.Kind.VALUES, ChartType.C, "mdc",
                ImprovementDirection.DECREASE, null));
        int[] ready = {12, 13, 12, 14, 13, 12, 13, 14, 12, 13, 19, 20};
        int[] calls = {4, 5, 3, 4, 6, 5, 4, 3, 5, 4, 5, 4};
        for (int i = 0; i < ready.length; i++) {
            String week = "week-" + (i + 1);
            s.ok(new RecordMeasureValueCommand("equipment-ready", week, ready[i] + "/20"));
            s.ok(new RecordMeasureValueCommand("night-calls", week, Integer.toString(calls[i])));
        }
        return s;
    }
}
