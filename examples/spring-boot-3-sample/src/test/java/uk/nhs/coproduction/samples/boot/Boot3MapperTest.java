package uk.nhs.coproduction.samples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents;

/**
 * Boot 3.5's own {@code ObjectMapper} (Jackson 2), with the Jackson 2 module the starter adds to
 * it, writes events and snapshots as the library's JSON, byte for byte, and reads them back equal.
 * Boot 3.5 only; the Boot 4.0 sample has {@code BootMapperTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("memory")
class Boot3MapperTest {

    @Autowired
    ObjectMapper mapper;

    @Test
    void bootsMapperWritesAndReadsTheLibrarysEventJson() throws Exception {
        ProjectId project = ProjectId.of("boot-3-mapper");
        List<RecordedEvent> events = TestEvents.after(project, 0, 3);
        AlwaysEventProject snapshot = AlwaysEventProject.replay(events).orElseThrow();

        for (RecordedEvent event : events) {
            String line = EventJson.write(event);
            assertThat(mapper.writeValueAsString(event)).isEqualTo(line);
            assertThat(mapper.readValue(line, RecordedEvent.class)).isEqualTo(event);
        }
        String snapshotJson = EventJson.writeSnapshot(snapshot);
        assertThat(mapper.writeValueAsString(snapshot)).isEqualTo(snapshotJson);
        assertThat(mapper.readValue(snapshotJson, AlwaysEventProject.class)).isEqualTo(snapshot);
        assertThat(mapper.writeValueAsString(List.of(events.get(0)))).isEqualTo("[" + EventJson.write(events.get(0)) + "]");
    }
}
