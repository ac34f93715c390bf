package uk.nhs.coproduction.app.web.projects;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.AddChangeIdeaCommand;
import uk.nhs.coproduction.alwaysevents.command.AddPrimaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AddSecondaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AppointExecutiveSponsorCommand;
import uk.nhs.coproduction.alwaysevents.command.AssessCriterionCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.PauseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StateAimCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * Projects for the web tests, made through the library's public API as a user's own code would:
 * each step must be recorded, or the fixture fails loudly.
 */
public final class ProjectFixtures {

    static final Actor LEAD = Actor.of("qi-lead-1");
    static final LocalDate START = LocalDate.of(2024, 1, 8);

    private ProjectFixtures() {
    }

    /** Started and nothing else: leaving set-up is blocked (no sponsor, no team). Version 1. */
    public static void started(AlwaysEventProjects projects, String id) {
        record(projects, id, new StartProjectCommand("Test NHS Trust", "Calls home from " + id, "Ward 7 (older people)",
                START));
    }

    /** Started with a sponsor and a co-design team, so understanding what matters may start. Version 6. */
    public static void readyToUnderstand(AlwaysEventProjects projects, String id) {
        started(projects, id);
        record(projects, id, new AppointExecutiveSponsorCommand(PartnerId.of("E-1"), START));
        record(projects, id, join("P-1", Role.PATIENT));
        record(projects, id, join("C-1", Role.UNPAID_CARER));
        record(projects, id, join("S-1", Role.FRONT_LINE_STAFF));
        record(projects, id, join("S-2", Role.FRONT_LINE_STAFF));
    }

    /** In co-design with the vision, an aim of 90% and {@code months} monthly measurements from 2024-01. */
    public static void inCoDesignWithAim(AlwaysEventProjects projects, String id, int months) {
        readyToUnderstand(projects, id);
        record(projects, id, new TakeTransitionCommand("understand-what-matters", START.plusDays(7)));
        record(projects, id, new RecordWhatMattersCommand(WhatMattersSource.CONVERSATIONS,
                "Being able to call home in the evening.", 9, Set.of(), START.plusDays(14)));
        record(projects, id, new TakeTransitionCommand("co-design", START.plusDays(21)));
        record(projects, id, new StateVisionCommand("I will always be able to call home when I want to.",
                START.plusDays(28)));
        record(projects, id, new StateAimCommand("people on the ward who ask to call home",
                "a phone is with them within 10 minutes", 90, START.plusYears(1)));
        for (int i = 0; i < months; i++) {
            String period = START.plusMonths(i).toString().substring(0, 7);
            record(projects, id, new RecordMeasurementCommand(period, 14 + i, 20));
        }
    }

    /**
     * In testing: in co-design with the aim and {@code months} measurements, then the four criteria
     * met, a driver diagram with one change idea ({@code C1}) and the step to testing taken.
     */
    public static void inTesting(AlwaysEventProjects projects, String id, int months) {
        inCoDesignWithAim(projects, id, months);
        for (Criterion criterion : Criterion.values()) {
            record(projects, id, new AssessCriterionCommand(criterion, true, "Agreed by the team.", START.plusDays(30)));
        }
        record(projects, id, new AddPrimaryDriverCommand("A phone is always at hand"));
        record(projects, id, new AddSecondaryDriverCommand("P1", "The ward phone is charged"));
        record(projects, id, new AddChangeIdeaCommand("S1", "Check the phone at every handover"));
        record(projects, id, new TakeTransitionCommand("test", START.plusDays(35)));
    }

    /**
     * In testing, with one "you said, we did" entry (entry 1) that P-1, a patient in the co-design
     * team, said and has not signed off yet.
     */
    public static void withImpactEntry(AlwaysEventProjects projects, String id) {
        inTesting(projects, id, 3);
        record(projects, id, new uk.nhs.coproduction.alwaysevents.command.RecordImpactCommand(
                "We could not call home at night", "A phone at every handover", Set.of(PartnerId.of("P-1")),
                START.plusDays(40)));
    }

    /** Started, then paused: nothing can be recorded until it is resumed. */
    public static void paused(AlwaysEventProjects projects, String id) {
        started(projects, id);
        record(projects, id, new PauseProjectCommand("Ward closed for refurbishment", START.plusDays(3)));
    }

    private static JoinCoDesignTeamCommand join(String partner, Role role) {
        return new JoinCoDesignTeamCommand(PartnerId.of(partner), EnumSet.of(role), START);
    }

    private static void record(AlwaysEventProjects projects, String id, ProjectCommand command) {
        CommandOutcome outcome = projects.handle(ProjectId.of(id), LEAD, command);
        if (!outcome.isRecorded()) {
            throw new IllegalStateException("fixture step " + command.getClass().getSimpleName() + " for " + id
                    + " was not recorded: " + outcome);
        }
    }
}
