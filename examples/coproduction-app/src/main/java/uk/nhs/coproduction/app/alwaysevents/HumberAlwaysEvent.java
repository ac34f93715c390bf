package uk.nhs.coproduction.app.alwaysevents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.*;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.*;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * The Always Event of Humber NHS Foundation Trust's assessment and treatment unit, "We will always
 * be able to contact people who are important to us 24hrs a day" (aim: preferred contact equipment
 * available within 5 minutes of a request, 95% of the time, by 31 March 2018), run through every
 * phase with the public API. The vision, aim and setting are from NHS England's published
 * examples; the team's pseudonymous ids, the dates, the PDSA cycles and the monthly measurements
 * are simulated.
 *
 * <p>Some steps are tried too early on purpose, to show the workflow refusing them with every
 * reason. The {@code always-events demo} command prints them; the web app loads the project so a
 * newcomer has a realistic one to explore.
 */
public final class HumberAlwaysEvent {

    /** The demonstration project's id. */
    public static final ProjectId PROJECT = ProjectId.of("humber-contact");

    static final PartnerId SPONSOR = PartnerId.of("E-01");
    static final PartnerId OVERSIGHT_CHAIR = PartnerId.of("G-01");
    static final PartnerId SERVICE_USER_1 = PartnerId.of("SU-1");
    static final PartnerId SERVICE_USER_2 = PartnerId.of("SU-2");
    static final PartnerId FAMILY_MEMBER = PartnerId.of("F-1");
    static final PartnerId SUPPORT_WORKER = PartnerId.of("S-1");
    static final PartnerId NURSE = PartnerId.of("S-2");
    static final PartnerId QI_LEAD = PartnerId.of("Q-1");

    /** Simulated monthly measurements at the unit: requests met within 5 minutes, of all requests. */
    private static final int[][] UNIT = {
        {12, 20}, {13, 21}, {15, 22}, {17, 22}, {19, 23}, {20, 23},        // 2016-11 .. 2017-04: baseline and tests
        {21, 23}, {22, 23}, {23, 24}, {21, 22}, {20, 22},                  // 2017-05 .. 2017-09: implementing
        {24, 25}, {23, 24}, {25, 26}, {24, 25}, {22, 23}, {26, 27},        // 2017-10 .. 2018-03: at the aim
        {25, 26}, {24, 25}, {26, 27}                                       // 2018-04 .. 2018-06: spreading
    };
    private static final YearMonth FIRST_PERIOD = YearMonth.of(2016, 11);

    /**
     * One step: on {@code date}, {@code title}, by sending {@code command}; {@code expectRefusal}
     * marks the steps tried too early on purpose.
     */
    public record Step(LocalDate date, String title, ProjectCommand command, boolean expectRefusal) {
    }

    /**
     * What happened at one step.
     *
     * @param step the step
     * @param outcome what the project said to it
     */
    public record Result(Step step, CommandOutcome outcome) {
        /** Whether the step went as the demonstration expects: recorded, or refused when tried too early on purpose. */
        public boolean asExpected() {
            return outcome.isRecorded() != step.expectRefusal();
        }
    }

    private HumberAlwaysEvent() {
    }

    /** The steps in date order. */
    static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        LocalDate start = LocalDate.of(2016, 10, 3);
        steps.add(step(start, "Start the project", new StartProjectCommand("Humber NHS Foundation Trust",
                "Contact with people who are important to us", "Assessment and treatment unit (learning disabilities)", start)));
        steps.add(tooEarly(start.plusDays(1), "Try to start understanding what matters straight away", "understand-what-matters"));
        steps.add(step(start.plusDays(2), "Appoint the executive sponsor", new AppointExecutiveSponsorCommand(SPONSOR, start.plusDays(2))));
        steps.add(step(start.plusDays(2), "The patient experience lead joins the oversight group",
                new JoinOversightGroupCommand(OVERSIGHT_CHAIR, Set.of(Role.EXPERIENCE_OF_CARE_STAFF), start.plusDays(2))));
        steps.add(join(start.plusDays(3), SUPPORT_WORKER, Role.FRONT_LINE_STAFF, "A support worker"));
        steps.add(join(start.plusDays(3), NURSE, Role.FRONT_LINE_STAFF, "A nurse"));
        steps.add(join(start.plusDays(3), QI_LEAD, Role.IMPROVEMENT_STAFF, "The QI lead"));
        steps.add(tooEarly(start.plusDays(4), "Try again with staff only", "understand-what-matters"));
        steps.add(join(start.plusDays(7), SERVICE_USER_1, Role.SERVICE_USER, "A person who uses the unit"));
        steps.add(join(start.plusDays(7), SERVICE_USER_2, Role.SERVICE_USER, "Another person who uses the unit"));
        steps.add(join(start.plusDays(7), FAMILY_MEMBER, Role.FAMILY_MEMBER, "A family member"));
        steps.add(move(start.plusDays(8), "Start understanding what matters", "understand-what-matters"));
        steps.add(progress(start.plusDays(8), 1.0, "Sponsor appointed; co-design team formed, half with lived experience."));
        steps.add(step(LocalDate.of(2016, 10, 20), "Conversations with people on the unit", new RecordWhatMattersCommand(
                WhatMattersSource.CONVERSATIONS, "Being able to ring or video-call family and friends when I want to, "
                        + "including at night.", 8, Set.of(), LocalDate.of(2016, 10, 20))));
        steps.add(step(LocalDate.of(2016, 10, 25), "A survey of families", new RecordWhatMattersCommand(
                WhatMattersSource.PATIENT_SURVEY, "Families could not get through in the evenings, and worried when "
                        + "they did not hear.", 12, Set.of(), LocalDate.of(2016, 10, 25))));
        steps.add(step(LocalDate.of(2016, 11, 1), "Complaints about the ward phone", new RecordWhatMattersCommand(
                WhatMattersSource.COMPLAINTS_AND_COMPLIMENTS, "The phone was often missing or flat.", 3, Set.of(),
                LocalDate.of(2016, 11, 1))));
        steps.add(move(LocalDate.of(2016, 11, 7), "Start co-designing the Always Event", "co-design"));
        steps.add(tooEarly(LocalDate.of(2016, 11, 14), "Try to start testing before the Always Event is agreed", "test"));
        LocalDate agreed = LocalDate.of(2016, 11, 21);
        steps.add(step(agreed, "Agree the vision statement", new StateVisionCommand(
                "We will always be able to contact people who are important to us 24hrs a day", agreed)));
        steps.add(step(agreed, "Agree the aim statement", new StateAimCommand(
                "requests by people on the unit to contact someone important to them",
                "their preferred contact equipment is available within 5 minutes of the request", 95, LocalDate.of(2018, 3, 31))));
        steps.add(criterion(agreed, Criterion.IMPORTANT, "People on the unit and their families named it first."));
        steps.add(criterion(agreed, Criterion.EVIDENCE_BASED, "Keeping in touch supports recovery and wellbeing; complaints show the gap."));
        steps.add(criterion(agreed, Criterion.MEASURABLE, "Each request is timed on a tally sheet: within 5 minutes or not."));
        steps.add(criterion(agreed, Criterion.AFFORDABLE_AND_SUSTAINABLE, "Uses the unit's own phones and tablets and a checklist."));
        steps.add(step(agreed, "Add a primary driver to the driver diagram", new AddPrimaryDriverCommand("Equipment is ready whenever someone asks")));
        steps.add(step(agreed, "Add a secondary driver", new AddSecondaryDriverCommand("P1",
                "Phones and tablets are charged and kept in one known place")));
        steps.add(step(agreed, "Add a change idea to test", new AddChangeIdeaCommand("S1",
                "A charging station in the nurses' office, checked at every shift handover")));
        steps.add(step(agreed, "Add a second primary driver", new AddPrimaryDriverCommand("Staff know how each person prefers to keep in touch")));
        steps.add(step(agreed, "Add a secondary driver", new AddSecondaryDriverCommand("P2",
                "Each person's contact preferences are agreed with them and their family")));
        steps.add(step(agreed, "Add a change idea to test", new AddChangeIdeaCommand("S2", "A one-page contact plan in each care plan")));
        steps.add(move(LocalDate.of(2016, 11, 28), "Start testing with PDSA cycles", "test"));
        steps.add(progress(LocalDate.of(2016, 11, 28), 2.0, "Always Event co-designed; baseline measurement under way."));
        cycle(steps, 1, "C1", LocalDate.of(2017, 1, 9), "2017-01", "Most requests on nights will be met within 5 minutes.",
                true, ActDecision.ADOPT);
        steps.add(tooEarly(LocalDate.of(2017, 3, 1), "Try to start reliable implementation after one adopted cycle",
                "reliably-implement"));
        cycle(steps, 2, "C2", LocalDate.of(2017, 2, 6), "2017-02", "Staff will use the contact plan for every request.",
                false, ActDecision.ADAPT);
        cycle(steps, 3, "C2", LocalDate.of(2017, 3, 13), "2017-03", "A shorter plan, agreed at admission, will be used.",
                true, ActDecision.ADOPT);
        steps.add(step(LocalDate.of(2017, 4, 18), "You said, we did", new RecordImpactCommand(
                "You said you could not reach your family at night.",
                "We set up a charging station checked at every handover, and a contact plan for each person.",
                Set.of(SERVICE_USER_1, FAMILY_MEMBER), LocalDate.of(2017, 4, 18))));
        steps.add(step(LocalDate.of(2017, 4, 25), "A person who uses the unit signs the result off",
                new SignOffImpactCommand(1, SERVICE_USER_1, LocalDate.of(2017, 4, 25), null)));
        steps.add(move(LocalDate.of(2017, 5, 8), "Start reliable implementation", "reliably-implement"));
        steps.add(progress(LocalDate.of(2017, 5, 8), 3.0, "Two changes adopted; reliability rising from 60% to 87%."));
        steps.add(tooEarly(LocalDate.of(2017, 10, 9), "Try to spread before reliability is sustained", "spread-and-scale-up"));
        steps.add(progress(LocalDate.of(2018, 1, 8), 4.0, "Three months in a row at or above 95%."));
        steps.add(move(LocalDate.of(2018, 4, 9), "Start scale-up and spread", "spread-and-scale-up"));
        steps.add(progress(LocalDate.of(2018, 4, 9), 4.5, "Six months at the aim; spread begun."));
        steps.add(step(LocalDate.of(2018, 4, 16), "The second assessment ward takes it up (scale-up)",
                new AddSpreadSiteCommand("ward-2", "Second assessment and treatment ward", SiteKind.UNIT, LocalDate.of(2018, 4, 16))));
        steps.add(step(LocalDate.of(2018, 4, 23), "A neighbouring trust takes it up (spread)", new AddSpreadSiteCommand(
                "neighbouring-trust", "A neighbouring NHS trust's learning disability service", SiteKind.ORGANISATION,
                LocalDate.of(2018, 4, 23))));
        int[][] ward = {{18, 20}, {19, 20}, {20, 21}};
        int[][] trust = {{14, 16}, {15, 16}, {16, 17}};
        for (int i = 0; i < 3; i++) {
            YearMonth period = YearMonth.of(2018, 4 + i);
            LocalDate reported = period.plusMonths(1).atDay(6);
            steps.add(step(reported, "Ward 2 measured " + period, new RecordSiteMeasurementCommand("ward-2", period.toString(),
                    ward[i][0], ward[i][1])));
            steps.add(step(reported, "The neighbouring trust measured " + period, new RecordSiteMeasurementCommand(
                    "neighbouring-trust", period.toString(), trust[i][0], trust[i][1])));
        }
        steps.add(move(LocalDate.of(2018, 7, 9), "Sustain", "sustain"));
        steps.add(step(LocalDate.of(2018, 7, 16), "First sustain review", new RecordSustainReviewCommand(
                "Still at or above 95%; the ward manager owns the handover checks; reviewed every six months.",
                LocalDate.of(2018, 7, 16), LocalDate.of(2019, 1, 16))));
        for (int i = 0; i < UNIT.length; i++) {
            YearMonth period = FIRST_PERIOD.plusMonths(i);
            steps.add(step(period.plusMonths(1).atDay(5), "Measured " + period, new RecordMeasurementCommand(period.toString(),
                    UNIT[i][0], UNIT[i][1])));
        }
        steps.sort(Comparator.comparing(Step::date));
        return List.copyOf(steps);
    }

    /**
     * Runs every step against {@code store}, timing each event at 09:00 UTC on the step's date.
     *
     * @param listener told about each step as it happens
     * @return what happened at each step
     */
    public static List<Result> run(EventStore store, java.util.function.Consumer<Result> listener) {
        StepClock clock = new StepClock();
        AlwaysEventProjects projects = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), clock);
        Actor lead = Actor.of(QI_LEAD);
        List<Result> results = new ArrayList<>();
        for (Step step : steps()) {
            clock.now = step.date().atTime(9, 0).toInstant(ZoneOffset.UTC);
            Result result = new Result(step, projects.handle(PROJECT, lead, step.command()));
            results.add(result);
            listener.accept(result);
        }
        return results;
    }

    private static Step step(LocalDate date, String title, ProjectCommand command) {
        return new Step(date, title, command, false);
    }

    private static Step tooEarly(LocalDate date, String title, String transition) {
        return new Step(date, title, new TakeTransitionCommand(transition, date), true);
    }

    private static Step move(LocalDate date, String title, String transition) {
        return step(date, title, new TakeTransitionCommand(transition, date));
    }

    private static Step join(LocalDate date, PartnerId partner, Role role, String who) {
        return step(date, who + " (" + partner + ") joins the co-design team", new JoinCoDesignTeamCommand(partner,
                EnumSet.of(role), date));
    }

    private static Step criterion(LocalDate date, Criterion criterion, String evidence) {
        return step(date, "Assess the criterion \"" + Converters.code(criterion) + "\"", new AssessCriterionCommand(criterion, true,
                evidence, date));
    }

    private static Step progress(LocalDate date, double score, String why) {
        return step(date, "The QI lead sets the progress score", new SetProgressScoreCommand(ProgressScore.of(score), why, date));
    }

    private static void cycle(List<Step> steps, int number, String idea, LocalDate planned, String period, String prediction,
            boolean held, ActDecision decision) {
        steps.add(step(planned, "PDSA " + number + ": plan a test of " + idea, new PlanPdsaCycleCommand(idea,
                "Does " + idea + " get equipment to people within 5 minutes?", prediction, "One shift pattern for two weeks",
                "Tally of requests and minutes to equipment", planned, period)));
        steps.add(step(planned.plusDays(14), "PDSA " + number + ": do", new RecordPdsaDoCommand(number,
                "Carried out; noted what got in the way.", planned.plusDays(14))));
        steps.add(step(planned.plusDays(21), "PDSA " + number + ": study", new RecordPdsaStudyCommand(number,
                held ? "The prediction held." : "The plan was too long to use at night.", held, planned.plusDays(21))));
        steps.add(step(planned.plusDays(23), "PDSA " + number + ": act (" + Converters.code(decision) + ")",
                new RecordPdsaActCommand(number, decision, decision == ActDecision.ADAPT ? "Shorten it and test again."
                        : "Make it part of every shift.", planned.plusDays(23))));
    }

    /** A clock set to each step's time. */
    private static final class StepClock extends Clock {
        Instant now = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Objects.requireNonNull(now);
        }
    }
}
