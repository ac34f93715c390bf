package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * One project's log damaged in its middle, another's torn at its end (issue 14): the damaged one
 * is listed as damaged, with what to do, its file is left as it was, and every other project
 * lists and works; the repair of the torn one reaches the JSON API, the page and the log. Neither
 * the log nor an answer repeats what the damaged line held.
 */
class DamagedProjectTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Words in the damaged line that must never be repeated anywhere. */
    private static final String SECRET = "Jane Smith 07700 900123";

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.started(projects, "healthy");
        ProjectFixtures.readyToUnderstand(projects, "damaged");
        ProjectFixtures.readyToUnderstand(projects, "torn");
    });

    private static final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static final Logger WEB_LOG = Logger.getLogger("uk.nhs.coproduction.app.web");
    private static byte[] damagedBytes;

    @BeforeAll
    static void damage() throws IOException {
        WEB_LOG.addHandler(CAPTURE);
        Path damaged = app.data().resolve("damaged.events.jsonl");
        List<String> lines = Files.readAllLines(damaged, StandardCharsets.UTF_8);
        assertThat(lines.size()).isGreaterThan(2);
        lines.set(1, "{\"not an event\": \"" + SECRET + "\"");
        Files.write(damaged, lines, StandardCharsets.UTF_8);
        damagedBytes = Files.readAllBytes(damaged);
        Path torn = app.data().resolve("torn.events.jsonl");
        Files.writeString(torn, "{\"schemaVersion\": 1, \"projectId\": \"torn\", \"data\": \"" + SECRET,
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    @AfterAll
    static void stopCapturing() {
        WEB_LOG.removeHandler(CAPTURE);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void theApiListsEveryProjectWithTheDamagedOneMarkedAndTheRepairReported() throws IOException {
        HttpResponse<String> list = app.get("/api/projects");
        assertThat(list.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JsonNode damaged = null;
        JsonNode torn = null;
        for (JsonNode project : json(list).get("projects")) {
            ids.add(project.get("id").asString());
            if (project.get("id").asString().equals("damaged")) {
                damaged = project;
            } else if (project.get("id").asString().equals("torn")) {
                torn = project;
            }
        }
        assertThat(ids).containsExactly("damaged", "healthy", "torn");
        assertThat(damaged.get("damaged").asBoolean()).isTrue();
        assertThat(damaged.get("problem").asString()).contains("line 2").contains("left untouched");
        assertThat(damaged.get("whatToDo").asString()).contains("backup");
        assertThat(torn.get("recovery").asString()).contains("torn write at line").contains("moved to");
        assertThat(torn.get("version").asLong()).isPositive();
        assertThat(list.body()).doesNotContain("Jane").doesNotContain("07700");
        assertThat(Files.readAllBytes(app.data().resolve("damaged.events.jsonl"))).isEqualTo(damagedBytes);
    }

    @Test
    void thePageListsTheOthersAndSaysWhatToDo() {
        HttpResponse<String> page = app.get("/projects");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 project cannot be read").contains("<strong>damaged</strong>")
                .contains("href=\"/projects/healthy\"").contains("href=\"/projects/torn\"")
                .contains("Logs repaired after a crash").doesNotContain("Jane").doesNotContain("07700");
    }

    @Test
    void theDamagedProjectsOwnAddressesSayWhatIsWrongAndTheOthersWork() {
        HttpResponse<String> api = app.get("/api/projects/damaged");
        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(json(api).get("detail").asString()).contains("cannot be read").contains("line 2")
                .contains("backup").doesNotContain("quote reference");
        HttpResponse<String> page = app.get("/projects/damaged");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("cannot be read").doesNotContain("Jane");
        long version = json(app.get("/api/projects/healthy")).get("version").asLong();
        HttpResponse<String> recorded = app.postJson("/api/projects/healthy/measurements", "{\"expectedVersion\": "
                + version + ", \"period\": \"2024-01\", \"numerator\": 1, \"denominator\": 2}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    }

    @Test
    void theDamageAndTheRepairAreLoggedOnceWithoutTheLinesContent() {
        app.get("/api/projects");
        app.get("/projects");
        List<String> messages = new ArrayList<>();
        synchronized (logged) {
            logged.forEach(r -> messages.add(r.getMessage()));
        }
        assertThat(messages).filteredOn(m -> m.contains("project damaged cannot be read")).hasSize(1);
        assertThat(messages).filteredOn(m -> m.contains("project torn ended in a torn write")).hasSize(1);
        assertThat(String.join("\n", messages)).doesNotContain("Jane").doesNotContain("07700");
    }
}
