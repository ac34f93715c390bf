package uk.nhs.coproduction.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.store.ListenerFailure;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/** The entry point: listeners after a successful append, snapshots, and what it records with each event. */
class AlwaysEventProjectsTest {

    @Test
    void listenersHearAboutEventsOnlyAfterASuccessfulAppend() {
        List<String> heard = new ArrayList<>();
        Scenario s = Scenario.inMemory().started();
        AlwaysEventProjects listening = s.projects.withListener((project, events) ->
                heard.add(project.version() + ":" + events.get(0).event().getClass().getSimpleName()));

        listening.handle(s.id, s.lead, new RecordMeasurementCommand("2017-01", 3, 4));
        listening.handle(s.id, s.lead, new RecordMeasurementCommand("2017-01", 3, 4));    // refused: already recorded
        listening.handle(s.id, s.lead, new RecordMeasurementCommand("", 3, 4));           // invalid
        listening.handle(s.id, 0, s.lead, new RecordMeasurementCommand("2017-02", 3, 4)); // conflict

        assertThat(heard).containsExactly("2:MeasurementRecordedEvent");
    }

    @Test
    void aListenerThatThrowsIsReportedAndTheEventsStand() {
        Scenario s = Scenario.inMemory().started();
        AlwaysEventProjects failing = s.projects.withListener((project, events) -> {
            throw new IllegalStateException("message broker down");
        });

        CommandOutcome outcome = failing.handle(s.id, s.lead, new RecordMeasurementCommand("2017-01", 3, 4));

        assertThat(outcome).isInstanceOf(CommandOutcome.Recorded.class);
        assertThat(((CommandOutcome.Recorded) outcome).listenerFailures()).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo("java.lang.IllegalStateException");
            assertThat(f.detail()).isEqualTo("message broker down");
        });
        assertThat(s.project().measurements()).hasSize(1);
    }

    @Test
    void everyEventCarriesItsActorTimeDefinitionAndSchemaVersion() {
        Scenario s = Scenario.inMemory().started();

        RecordedEvent event = ((CommandOutcome.Recorded) s.projects.handle(s.id, s.lead,
                new RecordMeasurementCommand("2017-01", 3, 4))).events().get(0);

        assertThat(event.actor()).isEqualTo(s.lead);
        assertThat(event.recordedAt()).isEqualTo(s.clock.instant());
        assertThat(event.definition()).isEqualTo(WorkflowDefinition.standard().version());
        assertThat(event.schemaVersion()).isEqualTo(RecordedEvent.SCHEMA_VERSION);
        assertThat(event.version()).isEqualTo(2);
    }

    @Test
    void snapshotsAreSavedEveryNEventsAndLoadingUsesThem() {
        InMemoryEventStore store = new InMemoryEventStore();
        Scenario s = Scenario.using(store, WorkflowDefinition.standard()).started();
        AlwaysEventProjects every3 = s.projects.withSnapshotEvery(3);
        for (int i = 1; i <= 7; i++) {
            every3.handle(s.id, s.lead, new RecordMeasurementCommand("2017-0" + i, i, 10));
        }

        assertThat(store.snapshot(s.id)).hasValueSatisfying(snapshot -> assertThat(snapshot.version()).isEqualTo(6));
        AlwaysEventProject fresh = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), s.clock).project(s.id)
                .orElseThrow();
        assertThat(fresh).isEqualTo(s.project());
        assertThat(fresh.version()).isEqualTo(8);
    }

    @Test
    void snapshotsCanBeTurnedOffAndNegativeIntervalsAreRefused() {
        InMemoryEventStore store = new InMemoryEventStore();
        Scenario s = Scenario.using(store, WorkflowDefinition.standard()).started();
        AlwaysEventProjects never = s.projects.withSnapshotEvery(0);
        for (int i = 1; i <= 5; i++) {
            never.handle(s.id, s.lead, new RecordWhatMattersCommand(WhatMattersSource.PATIENT_SURVEY, "x", 1, Set.of(), LocalDate.of(2017, 1, i)));
        }

        assertThat(store.snapshot(s.id)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> never.withSnapshotEvery(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandsThatMayQuotePeopleKeepTheirWordsOutOfToString() {
        RecordWhatMattersCommand command = new RecordWhatMattersCommand(WhatMattersSource.CONVERSATIONS,
                "My daughter Jane could not ring me", 1, Set.of(), LocalDate.of(2017, 1, 1));

        assertThat(command.toString()).doesNotContain("Jane").contains("CONVERSATIONS");
        assertThat(new ListenerFailure("l", "p", "").detail()).isEmpty();
    }
}
