package uk.nhs.coproduction.alwaysevents.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AimStatedEvent;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.DefinitionVersion;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.MeasurementRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChangedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.ProjectStartedEvent;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.statement.AimStatement;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/** Projects built by replaying events straight into the state, for portfolio tests. */
final class Projects {

    private static final DefinitionVersion DEFINITION = WorkflowDefinition.standard().version();

    private Projects() {
    }

    /** A project in {@code phase}; with an aim and {@code happened} of 20 for each value in it when non-empty. */
    static AlwaysEventProject project(String id, String title, String area, Phase phase, int... happened) {
        List<ProjectEvent> events = new ArrayList<>();
        events.add(new ProjectStartedEvent("Test NHS Trust", title, area, LocalDate.of(2016, 10, 3)));
        if (phase != Phase.SET_UP_AND_OVERSIGHT) {
            events.add(new PhaseChangedEvent("jump", Phase.SET_UP_AND_OVERSIGHT, phase, LocalDate.of(2016, 11, 1)));
        }
        if (happened.length > 0) {
            events.add(new AimStatedEvent(AimStatement.of("people on the ward", "the event happened", 95,
                    LocalDate.of(2019, 3, 31))));
        }
        YearMonth month = YearMonth.of(2016, 11);
        for (int value : happened) {
            events.add(new MeasurementRecordedEvent(Measurement.of(month.toString(), value, 20)));
            month = month.plusMonths(1);
        }
        List<RecordedEvent> recorded = new ArrayList<>();
        ProjectId projectId = ProjectId.of(id);
        for (int i = 0; i < events.size(); i++) {
            recorded.add(RecordedEvent.of(projectId, i + 1, Instant.parse("2016-10-03T09:00:00Z"), Actor.of("qi-lead"),
                    DEFINITION, events.get(i)));
        }
        return AlwaysEventProject.replay(recorded).orElseThrow();
    }
}
