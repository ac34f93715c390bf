package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.WebApp;

/**
 * The projects' JSON API over HTTP, as a client sees it: state, transitions with every reason,
 * recording with optimistic concurrency, problems that name the field, limits, and ids that cannot
 * leave the data directory. Each test that changes a project has one of its own.
 */
class ProjectApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.started(projects, "set-up-only");
        ProjectFixtures.readyToUnderstand(projects, "ready");
        ProjectFixtures.readyToUnderstand(projects, "ready-to-read");
        ProjectFixtures.readyToUnderstand(projects, "ready-oversize");
        ProjectFixtures.readyToUnderstand(projects, "ready-stale");
        ProjectFixtures.inCoDesignWithAim(projects, "in-co-design", 3);
        ProjectFixtures.inCoDesignWithAim(projects, "measured", 3);
        ProjectFixtures.inCoDesignWithAim(projects, "measure-bad-input", 3);
        ProjectFixtures.inCoDesignWithAim(projects, "measure-stale", 3);
        ProjectFixtures.paused(projects, "paused");
    });

    @RegisterExtension
    static final RunningApp empty = new RunningApp();

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static long version(String id) {
        return json(app.get("/api/projects/" + id)).get("version").asLong();
    }

    private static List<String> fields(HttpResponse<String> problem) {
        return json(problem).get("errors").findValuesAsString("field");
    }

    @Test
    void theListHasEveryProjectWithItsPhaseVersionAndLinks() {
        HttpResponse<String> response = app.get("/api/projects");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode projects = json(response).get("projects");
        assertThat(projects.findValuesAsString("id")).contains("set-up-only", "ready-to-read", "in-co-design", "paused");
        JsonNode first = null;
        for (JsonNode project : projects) {
            if (project.get("id").asString().equals("measure-bad-input")) {
                first = project;
            }
        }
        assertThat(first).isNotNull();
        assertThat(projects.findValuesAsString("id")).isSorted();
        assertThat(first.get("phase").get("code").asString()).isEqualTo("CO_DESIGN");
        assertThat(first.get("phase").get("name").asString()).isEqualTo("Co-design");
        assertThat(first.get("links").get("page").asString()).isEqualTo("/projects/measure-bad-input");
        assertThat(json(response).get("trademark").asString()).contains("Institute for Healthcare Improvement");
    }

    @Test
    void anEmptyDataDirectoryListsNothingAndCreatesNothing() {
        HttpResponse<String> response = empty.get("/api/projects");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("projects").size()).isZero();
        assertThat(empty.get("/api/projects/anything").statusCode()).isEqualTo(404);
        assertThat(empty.savedFiles()).as("reading saves nothing").isEmpty();
    }

    @Test
    void aProjectsStatePhaseVersionAndTeamByPseudonymousIdOnly() {
        HttpResponse<String> response = app.get("/api/projects/in-co-design");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode state = json(response);
        assertThat(state.get("id").asString()).isEqualTo("in-co-design");
        assertThat(state.get("version").asLong()).isEqualTo(14);
        assertThat(state.get("phase").get("code").asString()).isEqualTo("CO_DESIGN");
        assertThat(state.get("phase").get("description").asString()).isNotBlank();
        assertThat(state.get("status").asString()).isEqualTo("active");
        assertThat(state.get("workflow").get("id").asString()).isEqualTo("always-events-standard");
        assertThat(state.get("team").get("executiveSponsor").get("id").asString()).isEqualTo("E-1");
        JsonNode member = state.get("team").get("coDesignTeam").get(0);
        assertThat(member.propertyNames()).containsExactlyInAnyOrder("id", "roles", "livedExperience", "joinedIn",
                "joinedOn");
        assertThat(state.get("alwaysEvent").get("aim").get("percent").asDouble()).isEqualTo(90.0);
        assertThat(state.get("measurements").size()).isEqualTo(3);
        assertThat(state.get("reliability").get("periods").size()).isEqualTo(3);
        assertThat(state.get("reliability").get("chart").get("points").size()).isEqualTo(3);
        assertThat(state.get("phaseHistory").findValuesAsString("transition"))
                .containsExactly("understand-what-matters", "co-design");
        assertThat(state.get("nextSteps").findValuesAsString("id")).contains("test", "revisit-what-matters");
    }

    @Test
    void transitionsListEveryStepWithItsVerdictReasonsAndFacts() {
        HttpResponse<String> response = app.get("/api/projects/set-up-only/transitions");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("version").asLong()).isEqualTo(1);
        JsonNode step = body.get("transitions").get(0);
        assertThat(step.get("id").asString()).isEqualTo("understand-what-matters");
        assertThat(step.get("verdict").asString()).isEqualTo("refused");
        assertThat(step.get("reasons").findValuesAsString("code")).containsExactly("NO_EXECUTIVE_SPONSOR",
                "NO_FRONT_LINE_STAFF_MEMBER", "NO_LIVED_EXPERIENCE_MEMBER");
        JsonNode sponsor = step.get("reasons").get(0);
        assertThat(sponsor.get("message").asString()).contains("executive sponsor");
        assertThat(sponsor.get("facts").get(0).get("name").asString()).isEqualTo("executiveSponsor");
        assertThat(sponsor.get("facts").get(0).get("value").asString()).isEqualTo("none");

        JsonNode ready = json(app.get("/api/projects/ready-to-read/transitions")).get("transitions").get(0);
        assertThat(ready.get("verdict").asString()).isEqualTo("permitted");
        assertThat(ready.get("reasons").size()).isZero();
    }

    @Test
    void recordingAMeasurementAnswers201WithTheEventAndANewVersion() {
        long before = version("measured");
        HttpResponse<String> response = app.postJson("/api/projects/measured/measurements",
                "{\"expectedVersion\": " + before + ", \"period\": \"2024-04\", \"numerator\": 18, \"denominator\": 20}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/projects/measured");
        JsonNode body = json(response);
        assertThat(body.get("version").asLong()).isEqualTo(before + 1);
        JsonNode event = body.get("recorded").get(0);
        assertThat(event.get("type").asString()).isEqualTo("MeasurementRecorded");
        assertThat(event.get("actor").asString()).as("recorded as the token's account").isEqualTo(RunningApp.TEST_ACCOUNT);
        assertThat(event.get("data").get("measurement").get("period").asString()).isEqualTo("2024-04");
        JsonNode periods = json(app.get("/api/projects/measured")).get("reliability").get("periods");
        assertThat(periods.get(periods.size() - 1).get("percentage").asDouble()).isEqualTo(90.0);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsSaved() {
        String path = "/api/projects/measure-bad-input/measurements";
        long before = version("measure-bad-input");
        HttpResponse<String> wrong = app.postJson(path, "{\"expectedVersion\": " + before + ", \"period\": 202404, "
                + "\"numerator\": \"18\", \"denominator\": -1, \"colour\": \"blue\"}");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        assertThat(fields(wrong)).containsExactlyInAnyOrder("colour", "period", "numerator", "denominator");
        assertThat(wrong.body()).contains("must be a string").contains("is not a field here")
                .doesNotContain("blue").doesNotContain("202404");

        HttpResponse<String> more = app.postJson(path, "{\"expectedVersion\": " + before + ", \"period\": \"2024-04\", "
                + "\"numerator\": 21, \"denominator\": 20}");
        assertThat(more.statusCode()).isEqualTo(422);
        assertThat(fields(more)).containsExactly("numerator");
        assertThat(json(more).get("errors").get(0).get("detail").asString()).contains("cannot have happened for more people than were eligible");

        HttpResponse<String> noVersion = app.postJson(path, "{\"period\": \"2024-04\", \"numerator\": 1, "
                + "\"denominator\": 2}");
        assertThat(noVersion.statusCode()).isEqualTo(422);
        assertThat(fields(noVersion)).containsExactly("expectedVersion");

        HttpResponse<String> twice = app.postJson(path, "{\"expectedVersion\": " + before + ", \"period\": \"2024-01\", "
                + "\"numerator\": 1, \"denominator\": 2}");
        assertThat(twice.statusCode()).as("a period already recorded is refused by the project").isEqualTo(422);
        assertThat(json(twice).get("reasons").get(0).get("code").asString()).isEqualTo("MEASUREMENT_ALREADY_RECORDED");
        assertThat(fields(twice)).containsExactly("period");

        HttpResponse<String> badActor = app.postJson(path, "{\"expectedVersion\": " + before + ", \"period\": \"x\", "
                + "\"numerator\": 1, \"denominator\": 2, \"actor\": \"Jane Smith\"}");
        assertThat(badActor.statusCode()).isEqualTo(422);
        assertThat(fields(badActor)).containsExactly("actor");
        assertThat(badActor.body()).as("a name typed as an actor is never repeated").doesNotContain("Jane");

        assertThat(version("measure-bad-input")).as("nothing was saved").isEqualTo(before);
    }

    @Test
    void notJsonTheWrongMediaTypeAndNotAnObjectAreRefused() {
        String path = "/api/projects/measure-bad-input/measurements";
        HttpResponse<String> syntax = app.postJson(path, "{\n  \"expectedVersion\": 3,\n  \"period\" \"2024-04\"\n}");
        assertThat(syntax.statusCode()).isEqualTo(422);
        JsonNode error = json(syntax).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asInt()).isPositive();
        HttpResponse<String> form = app.post(path, "application/x-www-form-urlencoded", "period=2024-04");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(json(form).get("detail").asString()).contains("application/json");
        HttpResponse<String> array = app.postJson(path, "[1, 2]");
        assertThat(array.statusCode()).isEqualTo(422);
        assertThat(json(array).get("detail").asString()).contains("JSON object");
    }

    @Test
    void anOversizeBodyIsRefusedWith413() {
        String big = "{\"period\": \"" + "x".repeat((int) WebApp.BODY_LIMIT) + "\"}";
        HttpResponse<String> response = app.postJson("/api/projects/measure-bad-input/measurements", big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("detail").asString()).contains("at most 1 MB");
        HttpResponse<String> streamed = app.send(HttpRequest.newBuilder(app.uri("/api/projects/ready-oversize/"
                + "transitions/understand-what-matters")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(StandardCharsets.UTF_8)))).build());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(json(app.get("/api/projects/ready-oversize")).get("phase").get("code").asString())
                .isEqualTo("SET_UP_AND_OVERSIGHT");
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsMerged() {
        String path = "/api/projects/measure-stale/measurements";
        long seen = version("measure-stale");
        assertThat(app.postJson(path, "{\"expectedVersion\": " + seen + ", \"period\": \"2024-04\", \"numerator\": 1, "
                + "\"denominator\": 2}").statusCode()).isEqualTo(201);
        HttpResponse<String> stale = app.postJson(path, "{\"expectedVersion\": " + seen + ", \"period\": \"2024-05\", "
                + "\"numerator\": 1, \"denominator\": 2}");
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode problem = json(stale);
        assertThat(problem.get("title").asString()).isEqualTo("Conflict");
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(seen + 1);
        assertThat(fields(stale)).containsExactly("expectedVersion");
        assertThat(problem.get("detail").asString()).contains("Nothing was recorded");
        assertThat(json(app.get("/api/projects/measure-stale")).get("measurements").findValuesAsString("period"))
                .doesNotContain("2024-05");

        HttpResponse<String> step = app.postJson("/api/projects/ready-stale/transitions/understand-what-matters",
                "{\"expectedVersion\": 1}");
        assertThat(step.statusCode()).isEqualTo(409);
        assertThat(json(app.get("/api/projects/ready-stale")).get("phase").get("code").asString())
                .isEqualTo("SET_UP_AND_OVERSIGHT");
    }

    @Test
    void aPermittedStepIsTakenAndARefusedOneListsEveryReason() {
        HttpResponse<String> refused = app.postJson("/api/projects/set-up-only/transitions/understand-what-matters",
                "{\"expectedVersion\": 1}");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json(refused);
        assertThat(problem.get("detail").asString()).contains("3 reasons").contains("Nothing was recorded");
        assertThat(problem.get("reasons").findValuesAsString("code")).containsExactly("NO_EXECUTIVE_SPONSOR",
                "NO_FRONT_LINE_STAFF_MEMBER", "NO_LIVED_EXPERIENCE_MEMBER");
        assertThat(problem.get("reasons").get(1).get("facts").findValuesAsString("name")).contains("teamSize");
        assertThat(fields(refused)).containsOnly("transition");
        assertThat(version("set-up-only")).isEqualTo(1);

        HttpResponse<String> taken = app.postJson("/api/projects/ready/transitions/understand-what-matters",
                "{\"expectedVersion\": " + version("ready") + ", \"on\": \"2024-01-15\"}");
        assertThat(taken.statusCode()).isEqualTo(200);
        JsonNode body = json(taken);
        assertThat(body.get("phase").get("code").asString()).isEqualTo("UNDERSTAND_WHAT_MATTERS");
        assertThat(body.get("recorded").get(0).get("type").asString()).isEqualTo("PhaseChanged");
        assertThat(body.get("recorded").get(0).get("data").get("on").asString()).isEqualTo("2024-01-15");
    }

    @Test
    void aStepThatIsNotInTheWorkflowOrABadDateIsRefused() {
        HttpResponse<String> unknown = app.postJson("/api/projects/set-up-only/transitions/fly-to-the-moon",
                "{\"expectedVersion\": 1}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("detail").asString()).contains("/api/projects/set-up-only/transitions");
        HttpResponse<String> date = app.postJson("/api/projects/set-up-only/transitions/understand-what-matters",
                "{\"expectedVersion\": 1, \"on\": \"15/01/2024\"}");
        assertThat(date.statusCode()).isEqualTo(422);
        assertThat(fields(date)).containsExactly("on");
        HttpResponse<String> paused = app.postJson("/api/projects/paused/measurements",
                "{\"expectedVersion\": 2, \"period\": \"2024-01\", \"numerator\": 1, \"denominator\": 2}");
        assertThat(paused.statusCode()).isEqualTo(422);
        assertThat(json(paused).get("reasons").get(0).get("code").asString()).isEqualTo("PROJECT_PAUSED");
    }

    @Test
    void aProjectIsStartedOnceAndItsFieldsAreChecked() {
        HttpResponse<String> started = app.postJson("/api/projects", "{\"id\": \"started-by-api\", \"title\": "
                + "\"Calls home\", \"organisation\": \"Test NHS Trust\", \"areaOfFocus\": \"Ward 9\", "
                + "\"startedOn\": \"2024-02-01\"}");
        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(json(started).get("version").asLong()).isEqualTo(1);
        assertThat(json(app.get("/api/projects/started-by-api")).get("startedOn").asString()).isEqualTo("2024-02-01");
        HttpResponse<String> again = app.postJson("/api/projects", "{\"id\": \"started-by-api\", \"title\": \"T\", "
                + "\"organisation\": \"O\", \"areaOfFocus\": \"A\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(fields(again)).containsExactly("id");
        HttpResponse<String> bad = app.postJson("/api/projects", "{\"id\": \"../escape\", \"title\": \"\", "
                + "\"startedOn\": \"soon\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(fields(bad)).containsExactlyInAnyOrder("id", "title", "organisation", "areaOfFocus", "startedOn");
    }

    @Test
    void theDemonstrationIsLoadedOnce() {
        HttpResponse<String> loaded = app.post("/api/projects/load-demonstration", "application/json", "");
        assertThat(loaded.statusCode()).isEqualTo(201);
        JsonNode state = json(loaded);
        assertThat(state.get("id").asString()).isEqualTo("humber-contact");
        assertThat(state.get("phase").get("code").asString()).isEqualTo("SUSTAIN");
        assertThat(state.get("pdsaCycles").size()).isEqualTo(3);
        assertThat(state.get("impactLog").get(0).get("signOffs").get(0).get("partner").asString()).isEqualTo("SU-1");
        assertThat(state.get("progress").get("history").size()).isEqualTo(5);
        assertThat(state.get("pdsaMarkers").size()).isEqualTo(3);
        HttpResponse<String> again = app.post("/api/projects/load-demonstration", "application/json", "");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void unknownProjectsAre404() {
        assertThat(app.get("/api/projects/no-such-project").statusCode()).isEqualTo(404);
        assertThat(app.get("/api/projects/no-such-project/transitions").statusCode()).isEqualTo(404);
        HttpResponse<String> record = app.postJson("/api/projects/no-such-project/measurements",
                "{\"expectedVersion\": 0, \"period\": \"2024-01\", \"numerator\": 1, \"denominator\": 2}");
        assertThat(record.statusCode()).isEqualTo(404);
        assertThat(json(record).get("detail").asString()).contains("GET /api/projects lists them");
        assertThat(Files.exists(app.data().resolve("no-such-project.events.jsonl"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "Set-Up-Only", "con",
        "set-up-only.events.jsonl", "-leading-hyphen", "a%00b", "%20set-up-only"})
    void idsThatAreNotProjectIdsNeverReachAFile(String id) throws IOException {
        List<Path> before = files();
        for (String path : List.of("/api/projects/" + id, "/api/projects/" + id + "/transitions")) {
            int status = app.get(path).statusCode();
            assertThat(status).as(path).isIn(400, 404);
        }
        HttpResponse<String> write = app.postJson("/api/projects/" + id + "/measurements",
                "{\"expectedVersion\": 0, \"period\": \"2024-01\", \"numerator\": 1, \"denominator\": 2}");
        assertThat(write.statusCode()).isIn(400, 404);
        assertThat(files()).as("no file is created or removed").isEqualTo(before);
        assertThat(Files.exists(app.data().getParent().resolve("escape.events.jsonl"))).isFalse();
    }

    @Test
    void aMalformedIdIs400NamingTheField() {
        HttpResponse<String> response = app.get("/api/projects/Set-Up-Only");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("id");
        assertThat(json(response).get("errors").get(0).get("detail").asString()).contains("lower-case")
                .doesNotContain("Set-Up-Only");
    }

    @Test
    void theApiIndexListsTheProjectEndpoints() {
        JsonNode index = json(app.get("/api"));
        assertThat(index.get("endpoints").findValuesAsString("path")).contains("/api/projects", "/api/projects/{id}",
                "/api/projects/{id}/transitions", "/api/projects/{id}/measurements",
                "/api/projects/{id}/transitions/{transition}");
    }

    @Test
    void theReadmeDocumentsEveryProjectEndpoint() throws IOException {
        String readme = Files.readString(Path.of("..", "..", "README.md"), StandardCharsets.UTF_8);
        int documented = 0;
        for (JsonNode endpoint : json(app.get("/api")).get("endpoints")) {
            String path = endpoint.get("path").asString();
            if (path.startsWith("/api/projects")) {
                assertThat(readme).contains("`" + endpoint.get("method").asString() + " " + path + "`");
                documented++;
            }
        }
        assertThat(documented).isEqualTo(10);
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(app.data().getParent())) {
            return walk.filter(p -> !p.getFileName().toString().endsWith(".lock")).sorted().toList();
        }
    }
}
