package uk.nhs.coproduction.alwaysevents.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.command.*;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.*;
import uk.nhs.coproduction.alwaysevents.testing.Golden;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/** The JSON form of events and snapshots, pinned by golden files; bad input names the field. */
class EventJsonTest {

    private static final LocalDate DAY = LocalDate.of(2019, 4, 1);

    /** A log with at least one event of every type. */
    static Scenario everyKindOfEvent() {
        Scenario s = Scenario.inMemory().sustaining();
        s.ok(new JoinOversightGroupCommand(Scenario.SPONSOR, Set.of(Role.EXECUTIVE_SPONSOR), DAY));
        s.ok(new RecordWhatMattersCommand(WhatMattersSource.PARTNERS, "Knowing I can ring home", 1, Set.of(Scenario.PATIENT), DAY));
        s.ok(new CorrectMeasurementCommand("2016-11", 15, 20, "late forms"));
        s.ok(new DefineMeasureCommand("equipment-ready", MeasureRole.PROCESS, "Equipment ready at handover",
                "At every handover, is the phone charged and at the nurses' station?", Series.Kind.COUNTS, ChartType.P,
                "mdc", ImprovementDirection.INCREASE, 95.0));
        s.ok(new DefineMeasureCommand("night-calls", MeasureRole.BALANCING, "Calls to the night coordinator",
                "Calls logged by the coordinator between 22:00 and 07:00", Series.Kind.VALUES, ChartType.C, "ihi",
                ImprovementDirection.DECREASE, null));
        s.ok(new DefineMeasureCommand("minutes-to-equipment", MeasureRole.PROCESS, "Minutes to get the equipment",
                "Five requests timed each month", Series.Kind.SUBGROUPS, ChartType.XBAR, "anhoej",
                ImprovementDirection.DECREASE, 5.0));
        s.ok(new RecordMeasureValueCommand("equipment-ready", "2016-10", "18/20"));
        s.ok(new RecordMeasureValueCommand("night-calls", "2016-10", "4"));
        s.ok(new RecordMeasureValueCommand("minutes-to-equipment", "2016-10", "3.5, 4, 2.25"));
        s.ok(new CorrectMeasureValueCommand("night-calls", "2016-10", "5", "one call logged late"));
        s.ok(new RecordSustainReviewCommand("Still happening; ward manager owns it", DAY, DAY.plusMonths(6)));
        s.ok(new SetProgressScoreCommand(ProgressScore.of(4.5), "Sustained for six months and spreading", DAY));
        s.ok(new RecordImpactCommand("You said the phone was never charged", "We added a charging rota", Set.of(Scenario.CARER), DAY));
        s.ok(new SignOffImpactCommand(1, Scenario.CARER, DAY, null));
        s.ok(new RecordApprovalCommand("Quality committee", Scenario.SPONSOR, DAY));
        s.ok(new LeaveCoDesignTeamCommand(Scenario.SUPPORT_WORKER, DAY));
        s.ok(new PauseProjectCommand("Ward move", DAY));
        s.ok(new ResumeProjectCommand(DAY.plusDays(14)));
        s.ok(new CloseProjectCommand("Now part of routine practice", DAY.plusMonths(1)));
        s.projects.erase(s.id, Actor.of("data-protection-officer"), ErasureReason.PERSON_ASKED,
                List.of(new Erasure.WordsOf(Scenario.CARER))).orElseThrow();
        return s;
    }

    @Test
    void everyEventTypeIsWrittenAsInTheGoldenLogAndReadBackEqual() throws IOException {
        Scenario s = everyKindOfEvent();
        List<RecordedEvent> events = s.projects.history(s.id).events();

        String log = events.stream().map(EventJson::write).collect(Collectors.joining("\n", "", "\n"));

        Golden.assertMatches("every-event-type.jsonl", log);
        assertThat(events.stream().map(e -> EventJson.typeName(e.event())).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(EventJson.typeNames());
        for (RecordedEvent event : events) {
            String line = EventJson.write(event);
            assertThat(EventJson.read(line)).isEqualTo(event);
            assertThat(line).doesNotContain("\n");
        }
    }

    @Test
    void theGoldenLogStillReadsAndRebuildsTheProject() throws IOException {
        String golden = Golden.read("every-event-type.jsonl");
        List<RecordedEvent> events = golden.lines().map(EventJson::read).toList();

        AlwaysEventProject project = AlwaysEventProject.replay(events).orElseThrow();

        assertThat(project).isEqualTo(everyKindOfEvent().project());
        assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
    }

    @Test
    void aLogWrittenBeforeMeasuresExistedStillReadsReplaysAndIsWrittenTheSame() throws IOException {
        String golden = Golden.read("every-event-type-before-measures.jsonl");
        List<RecordedEvent> events = golden.lines().map(EventJson::read).toList();

        AlwaysEventProject project = AlwaysEventProject.replay(events).orElseThrow();

        assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(project.measures()).isEmpty();
        assertThat(events.stream().map(EventJson::write).collect(Collectors.joining("\n", "", "\n"))).isEqualTo(golden);
    }

    @Test
    void aSnapshotIsWrittenAsInTheGoldenFileAndReadBackEqual() throws IOException {
        AlwaysEventProject project = everyKindOfEvent().project();

        String snapshot = EventJson.writeSnapshot(project);

        Golden.assertMatches("project-snapshot.json", snapshot + "\n");
        assertThat(EventJson.readSnapshot(snapshot)).isEqualTo(project);
    }

    @Test
    void badEventsAreRefusedNamingTheFieldWithoutRepeatingItsText() {
        String good = EventJson.write(Scenario.inMemory().started().measure(5, 10).projects
                .history(ProjectId.of("test-project")).events().get(1));

        assertThatThrownBy(() -> EventJson.read(good.replace("\"numerator\":5", "\"numerator\":\"five\"")))
                .isInstanceOf(EventFormatException.class).hasMessage("data.measurement.numerator: must be a whole number");
        assertThatThrownBy(() -> EventJson.read(good.replace("\"numerator\":5", "\"numerator\":50")))
                .hasMessageStartingWith("data.measurement: is not valid");
        assertThatThrownBy(() -> EventJson.read(good.replace("MeasurementRecorded", "SomethingElse")))
                .hasMessage("type: is not a known event type");
        assertThatThrownBy(() -> EventJson.read(good.replace("\"schemaVersion\":1", "\"schemaVersion\":9")))
                .hasMessageContaining("schema version 1, not 9");
        assertThatThrownBy(() -> EventJson.read(good.replace("\"actor\":\"qi-lead\"", "\"actor\":\"Jane Smith\"")))
                .hasMessageStartingWith("(document): is not valid").hasMessageNotContaining("Jane");
        assertThatThrownBy(() -> EventJson.read(good.substring(0, good.length() / 2)))
                .hasMessageStartingWith("(document): is not well-formed JSON");
        EventFormatException missing = (EventFormatException) org.assertj.core.api.Assertions.catchThrowable(
                () -> EventJson.read(good.replace("\"period\":\"2016-11\",", "")));
        assertThat(missing.field()).isEqualTo("data.measurement.period");
    }
}
