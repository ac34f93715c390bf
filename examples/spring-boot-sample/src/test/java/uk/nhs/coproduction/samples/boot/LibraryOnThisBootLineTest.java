package uk.nhs.coproduction.samples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.validation.Violation;
import uk.nhs.coproduction.spring.autoconfigure.jackson.CoproductionJacksonModule;

/**
 * The library itself on this Boot line's classpath, outside any application context: commands
 * checked by the Hibernate Validator and Jakarta Validation this line manages (a valid one
 * recorded, invalid ones refused naming the field), and the recorded events and snapshot round
 * trips through the library's own JSON and through a Jackson 3 mapper with the starter's module.
 * Runs on Boot 4.0 (this module) and Boot 3.5 ({@code spring-boot-3-sample}); each line's mapper
 * is tested in its own module ({@code BootMapperTest}, {@code Boot3MapperTest}).
 */
class LibraryOnThisBootLineTest {

    private static final ProjectId PROJECT = ProjectId.of("boot-line");
    private static final Actor LEAD = Actor.of("qi-lead");

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final AlwaysEventProjects projects = AlwaysEventProjects.using(store, WorkflowDefinition.standard(),
            Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aValidCommandIsRecordedAndInvalidOnesAreRefusedNamingTheField() {
        CommandOutcome started = projects.handle(PROJECT, 0, LEAD, new StartProjectCommand("Humber NHS Foundation Trust",
                "Contact with people who matter", "Assessment and treatment unit", LocalDate.of(2016, 10, 3)));
        CommandOutcome measured = projects.handle(PROJECT, 1, LEAD, new RecordMeasurementCommand("2017-01", 17, 20));

        assertThat(started).isInstanceOf(CommandOutcome.Recorded.class);
        assertThat(measured).isInstanceOf(CommandOutcome.Recorded.class);
        assertThat(paths(projects.handle(PROJECT, 2, LEAD, new RecordMeasurementCommand("2017-02", -1, 20))))
                .containsExactly("numerator");
        assertThat(paths(projects.handle(PROJECT, 2, LEAD, new RecordMeasurementCommand(" ", 1, 20))))
                .containsExactly("period");
        assertThat(paths(projects.handle(PROJECT, 2, LEAD, new RecordMeasurementCommand("2017-02", 21, 20))))
                .singleElement().asString().contains("numerator");
        assertThat(paths(projects.handle(PROJECT, 0, LEAD, new StartProjectCommand("", "t", "a", null))))
                .containsExactlyInAnyOrder("organisation", "startedOn");
        CommandOutcome.Invalid negative = (CommandOutcome.Invalid) projects.handle(PROJECT, 2, LEAD,
                new RecordMeasurementCommand("2017-02", -1, 20));
        assertThat(negative.violations()).singleElement().satisfies(v -> assertThat(v.message()).isEqualTo("must be 0 or more"));
        assertThat(store.version(PROJECT)).as("nothing invalid was recorded").isEqualTo(2);
    }

    @Test
    void eventsAndSnapshotsRoundTripThroughTheLibrarysJsonAndAJackson3MapperWithTheModule() {
        projects.handle(PROJECT, 0, LEAD, new StartProjectCommand(TestEvents.AWKWARD_TEXT, "Contact with people who matter",
                "Assessment and treatment unit", LocalDate.of(2016, 10, 3)));
        projects.handle(PROJECT, 1, LEAD, new RecordMeasurementCommand("2017-01", 17, 20));
        List<RecordedEvent> events = new ArrayList<>(store.read(PROJECT).events());
        events.addAll(TestEvents.after(ProjectId.of("kit"), 0, 3));
        AlwaysEventProject snapshot = projects.project(PROJECT).orElseThrow();
        JsonMapper mapper = JsonMapper.builder().addModule(new CoproductionJacksonModule()).build();

        assertThat(events).hasSize(5);
        for (RecordedEvent event : events) {
            String line = EventJson.write(event);
            assertThat(EventJson.read(line)).isEqualTo(event);
            assertThat(mapper.writeValueAsString(event)).isEqualTo(line);
            assertThat(mapper.readValue(line, RecordedEvent.class)).isEqualTo(event);
        }
        String snapshotJson = EventJson.writeSnapshot(snapshot);
        assertThat(EventJson.readSnapshot(snapshotJson)).isEqualTo(snapshot);
        assertThat(mapper.writeValueAsString(snapshot)).isEqualTo(snapshotJson);
        assertThat(mapper.readValue(snapshotJson, AlwaysEventProject.class)).isEqualTo(snapshot);
        assertThat(snapshotJson).contains("Ünïcødé 😀");
    }

    private static List<String> paths(CommandOutcome outcome) {
        assertThat(outcome).isInstanceOf(CommandOutcome.Invalid.class);
        return ((CommandOutcome.Invalid) outcome).violations().stream().map(Violation::path).toList();
    }
}
