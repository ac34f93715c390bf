package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.app.projectcommands.CommandDescriptions;
import uk.nhs.coproduction.app.projectcommands.Reading;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * The bad inputs a tester sent the JSON API (issue 12): each is refused with 422, naming the
 * field, and nothing is recorded. What each rule is, and why, is in the README's JSON API
 * section ("What the API refuses").
 */
class UntrustedInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> ProjectFixtures.started(projects, "target"));

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static long version() {
        return json(app.get("/api/projects/target")).get("version").asLong();
    }

    private static List<String> fields(HttpResponse<String> problem) {
        List<String> names = new ArrayList<>();
        json(problem).get("errors").forEach(e -> names.add(e.get("field").asString()));
        return names;
    }

    /** Gives the command; asserts it is refused naming {@code field} and that nothing was recorded. */
    private static HttpResponse<String> refused(String command, String members, String field) {
        long before = version();
        HttpResponse<String> response = app.postJson("/api/projects/target/commands/" + command,
                "{\"expectedVersion\": " + before + ", " + members + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(fields(response)).as(response.body()).contains(field);
        assertThat(version()).isEqualTo(before);
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "1e-400", "123456789012345678901234567890", "5.00000000000000000001",
        "2.5e0000000000001"})
    void aProgressScoreOutOfRangeOrTooPreciseIsRefusedNotAnError(String score) {
        HttpResponse<String> response = refused("set-progress-score",
                "\"score\": " + score + ", \"rationale\": \"Sponsor appointed\"", "score");
        assertThat(response.body()).contains("0.5 to 5").doesNotContain("Exception");
    }

    @Test
    void aProgressScoreInRangeIsRecorded() {
        HttpResponse<String> response = app.postJson("/api/projects/target/commands/set-progress-score",
                "{\"expectedVersion\": " + version() + ", \"score\": 2.5e0, \"rationale\": \"Sponsor appointed\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31", "+999999999-12-31", "-999999999-01-01", "1948-07-04", "0000-01-01"})
    void aProjectStartedOutsideTheNhsYearsIsRefusedNamingTheDate(String date) {
        HttpResponse<String> response = app.postJson("/api/projects", "{\"id\": \"dated\", \"title\": \"T\", "
                + "\"organisation\": \"O\", \"areaOfFocus\": \"A\", \"startedOn\": \"" + date + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(fields(response)).containsExactly("startedOn");
        assertThat(app.get("/api/projects/dated").statusCode()).isEqualTo(404);
    }

    @Test
    void aDateOfWhatHappenedCannotBeLaterThanToday() {
        refused("appoint-executive-sponsor", "\"sponsor\": \"EXEC-1\", \"appointedOn\": \"2999-01-01\"",
                "appointedOn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[31m", "\\u007f", "\\u0085", "\\ud800"})
    void controlCharactersInTextAreRefused(String character) {
        HttpResponse<String> start = app.postJson("/api/projects", "{\"id\": \"controlled\", \"title\": \"Calls"
                + character + "home\", \"organisation\": \"O\", \"areaOfFocus\": \"A\"}");
        assertThat(start.statusCode()).as(start.body()).isEqualTo(422);
        assertThat(fields(start)).containsExactly("title");
        assertThat(app.get("/api/projects/controlled").statusCode()).isEqualTo(404);
        refused("record-what-matters", "\"source\": \"CONVERSATIONS\", \"summary\": \"A" + character + "B\", \"peopleHeard\": 1",
                "summary");
    }

    @Test
    void aParagraphKeepsItsLineBreaksAndTabsButOneLineOfTextDoesNot() {
        LocalDate today = LocalDate.of(2024, 5, 1);
        Reading paragraph = CommandDescriptions.byId("record-what-matters").orElseThrow().read(Map.of(
                "source", List.of("CONVERSATIONS"), "summary", List.of("Ringing home.\r\nAt night,\ttoo."),
                "peopleHeard", List.of("3")), today);
        assertThat(paragraph).isInstanceOf(Reading.Command.class);
        assertThat(((RecordWhatMattersCommand) ((Reading.Command) paragraph).command()).summary())
                .isEqualTo("Ringing home.\r\nAt night,\ttoo.");
        HttpResponse<String> line = refused("set-progress-score", "\"score\": 1, \"rationale\": \"Sponsor\\nappointed\"",
                "rationale");
        assertThat(line.body()).contains("on one line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700900123", "07700-900-123", "01632.960.123", "00447700900123", "943-476-5919",
        "9434765919"})
    void aPartnerIdThatLooksLikeATelephoneOrNhsNumberIsRefused(String id) {
        HttpResponse<String> response = refused("join-co-design-team",
                "\"partner\": \"" + id + "\", \"roles\": [\"PATIENT\"]", "partner");
        assertThat(response.body()).doesNotContain(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"front line staff", "FRONT LINE STAFF", "front_line staff", " "})
    void rolesAreTheirNamesWithHyphensOrUnderscoresOnly(String role) {
        refused("join-co-design-team", "\"partner\": \"S-9\", \"roles\": [\"" + role + "\"]", "roles");
    }

    @ParameterizedTest
    @ValueSource(strings = {"front-line-staff", "FRONT_LINE_STAFF", "Front-Line_Staff"})
    void rolesInThePromisedFormsAreAccepted(String role) {
        long before = version();
        HttpResponse<String> response = app.postJson("/api/projects/target/commands/join-co-design-team",
                "{\"expectedVersion\": " + before + ", \"partner\": \"S-" + Math.abs(role.hashCode() % 1000)
                        + "\", \"roles\": [\"" + role + "\"]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
