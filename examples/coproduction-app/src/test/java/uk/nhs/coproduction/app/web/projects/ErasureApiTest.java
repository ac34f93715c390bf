package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * {@code POST /api/projects/{id}/erasures} over HTTP: a partner's words in a "you said, we did"
 * entry are erased, the project the API serves and the files in the data directory no longer hold
 * them, and bad requests are answered with the field named and nothing erased.
 */
class ErasureApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WORDS = "Ring Jo Example on 07700 900461 about her diabetes";

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.readyToUnderstand(projects, "erasing");
        ProjectFixtures.started(projects, "refusing");
    });

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String dataFiles() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(app.data())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void aPartnersWordsAreErasedFromWhatTheApiServesAndFromTheDataDirectory() throws IOException {
        long version = json(app.get("/api/projects/erasing")).get("version").asLong();
        HttpResponse<String> impact = app.postJson("/api/projects/erasing/commands/record-impact", "{\"expectedVersion\": "
                + version + ", \"youSaid\": \"" + WORDS + "\", \"weDid\": \"We rang back\", \"saidBy\": [\"P-1\"], "
                + "\"confirmPersonalDetails\": true}");
        assertThat(impact.statusCode()).as(impact.body()).isEqualTo(200);
        assertThat(app.get("/api/projects/erasing").body()).contains(WORDS);
        assertThat(dataFiles()).contains(WORDS);

        HttpResponse<String> erased = app.postJson("/api/projects/erasing/erasures",
                "{\"targets\": [{\"partner\": \"P-1\"}], \"reason\": \"person-asked\"}");

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        JsonNode answer = json(erased);
        assertThat(answer.get("version").asLong()).isEqualTo(version + 2);
        List<String> fields = new ArrayList<>();
        answer.get("erased").forEach(f -> fields.add(f.get("version").asLong() + " " + f.get("field").asString()));
        assertThat(fields).containsExactly((version + 1) + " weDid", (version + 1) + " youSaid");
        assertThat(answer.get("nothingToErase").asBoolean()).isFalse();
        assertThat(erased.body()).doesNotContain(WORDS);
        String served = app.get("/api/projects/erasing").body();
        assertThat(served).doesNotContain(WORDS).contains("[erased]");
        assertThat(json(app.get("/api/projects/erasing")).get("version").asLong()).isEqualTo(version + 2);
        assertThat(dataFiles()).doesNotContain(WORDS).doesNotContain("07700");

        HttpResponse<String> again = app.postJson("/api/projects/erasing/erasures",
                "{\"targets\": [{\"partner\": \"P-1\"}], \"reason\": \"person-asked\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("nothingToErase").asBoolean()).isTrue();
        assertThat(json(again).get("version").asLong()).isEqualTo(version + 2);
    }

    @Test
    void aVersionTheLogDoesNotHaveIsRefusedWithTheReasonAndBadBodiesNameTheField() {
        HttpResponse<String> missing = app.postJson("/api/projects/refusing/erasures",
                "{\"targets\": [{\"version\": 99}], \"reason\": \"recorded-by-mistake\"}");
        HttpResponse<String> bad = app.postJson("/api/projects/refusing/erasures",
                "{\"targets\": [{\"version\": 0}, {\"partner\": \"07700 900461\"}, {\"version\": 1, \"fields\": [\"no such!\"]}], "
                        + "\"reason\": \"because\", \"extra\": 1}");
        HttpResponse<String> none = app.postJson("/api/projects/no-such-project/erasures",
                "{\"targets\": [{\"version\": 1}], \"reason\": \"person-asked\"}");

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(json(missing).get("reasons").get(0).get("code").asString()).isEqualTo("ERASURE_NO_SUCH_VERSION");
        assertThat(bad.statusCode()).isEqualTo(422);
        List<String> named = new ArrayList<>();
        json(bad).get("errors").forEach(e -> named.add(e.get("field").asString()));
        assertThat(named).containsExactlyInAnyOrder("extra", "reason", "targets[0].version", "targets[1].partner",
                "targets[2].fields[0]");
        assertThat(bad.body()).doesNotContain("07700").doesNotContain("no such!");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(app.get("/api/projects/refusing")).get("version").asLong()).isEqualTo(1);
        assertThat(app.get("/api").body()).contains("/api/projects/{id}/erasures");
    }
}
