package uk.nhs.coproduction.app.web.portfolio;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.AppointExecutiveSponsorCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.SetProgressScoreCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StateAimCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * The portfolio the web tests see, made through the library's public API: five projects in two
 * areas of focus (one with a comma in it) and four phases, with and without measurements.
 */
public final class PortfolioProjects {

    /** The area of focus of the projects {@link ProjectFixtures} makes. */
    static final String WARD = "Ward 7 (older people)";
    /** An area of focus with a comma, which CSV must quote. */
    public static final String MATERNITY = "Maternity, birth centre";

    private static final Actor LEAD = Actor.of("qi-lead-1");
    private static final LocalDate START = LocalDate.of(2024, 1, 8);

    private PortfolioProjects() {
    }

    /**
     * {@code ward-set-up} (set-up, no aim), {@code ward-co-design} (co-design, 5 months),
     * {@code ward-testing} (testing, 3 months), {@code ward-paused} (set-up, paused) in {@link #WARD};
     * {@code birth-centre} (co-design, 12 months: 6 at 50% then 6 at 95%, progress score 2.0) in
     * {@link #MATERNITY}.
     */
    public static void seed(AlwaysEventProjects projects) {
        ProjectFixtures.started(projects, "ward-set-up");
        ProjectFixtures.inCoDesignWithAim(projects, "ward-co-design", 5);
        ProjectFixtures.inTesting(projects, "ward-testing", 3);
        ProjectFixtures.paused(projects, "ward-paused");
        birthCentre(projects, "birth-centre");
    }

    private static void birthCentre(AlwaysEventProjects projects, String id) {
        record(projects, id, new StartProjectCommand("Test NHS Trust", "Skin-to-skin after birth", MATERNITY, START));
        record(projects, id, new AppointExecutiveSponsorCommand(PartnerId.of("E-1"), START));
        record(projects, id, new JoinCoDesignTeamCommand(PartnerId.of("P-1"), EnumSet.of(Role.PATIENT), START));
        record(projects, id, new JoinCoDesignTeamCommand(PartnerId.of("S-1"), EnumSet.of(Role.FRONT_LINE_STAFF), START));
        record(projects, id, new TakeTransitionCommand("understand-what-matters", START.plusDays(7)));
        record(projects, id, new RecordWhatMattersCommand(WhatMattersSource.CONVERSATIONS,
                "Holding my baby straight away.", 12, Set.of(), START.plusDays(14)));
        record(projects, id, new TakeTransitionCommand("co-design", START.plusDays(21)));
        record(projects, id, new StateVisionCommand("I will always hold my baby skin to skin straight after birth.",
                START.plusDays(28)));
        record(projects, id, new StateAimCommand("people giving birth at the centre", "skin-to-skin within an hour",
                90, START.plusYears(1)));
        for (int i = 0; i < 12; i++) {
            String period = START.plusMonths(i).toString().substring(0, 7);
            record(projects, id, new RecordMeasurementCommand(period, i < 6 ? 10 : 19, 20));
        }
        record(projects, id, new SetProgressScoreCommand(ProgressScore.of(2.0), "Planning is under way.",
                START.plusMonths(12)));
    }

    private static void record(AlwaysEventProjects projects, String id, ProjectCommand command) {
        CommandOutcome outcome = projects.handle(ProjectId.of(id), LEAD, command);
        if (!outcome.isRecorded()) {
            throw new IllegalStateException("fixture step " + command.getClass().getSimpleName() + " for " + id
                    + " was not recorded: " + outcome);
        }
    }
}
