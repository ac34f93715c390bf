package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * Free text that looks like contact details or an NHS number, over HTTP: the command form comes
 * back (422) with the text kept, a warning naming the field and the kind of detail, and a checkbox
 * to confirm; the API answers 422 {@code personal-details-suspected}; nothing is recorded until the
 * person confirms, and then the text is stored as given.
 */
class PersonalDetailsWarningTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PHONE_TEXT = "You said: ring my daughter on 07700 900123 at night";

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.started(projects, "form-warned");
        ProjectFixtures.started(projects, "api-warned");
        ProjectFixtures.started(projects, "plain-text");
    });

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static long version(String id) {
        return json(app.get("/api/projects/" + id)).get("version").asLong();
    }

    @Test
    void aFormWithPersonalLookingTextComesBackWithAWarningAndIsRecordedOnlyOnceConfirmed() {
        HttpResponse<String> warned = app.postForm("/projects/form-warned/commands/record-impact", "version", "1",
                "youSaid", PHONE_TEXT, "weDid", "Phones are charged at handover; see NHS number 943 476 5919");
        assertThat(warned.statusCode()).isEqualTo(422);
        String html = warned.body();
        String summary = html.substring(html.indexOf("error-summary"), html.indexOf("</ul>", html.indexOf("error-summary")));
        assertThat(summary)
                .contains("<a href=\"#record-impact-youSaid\">You said: this looks like it may hold a telephone number.")
                .contains("<a href=\"#record-impact-weDid\">We did: this looks like it may hold an NHS number.")
                .as("the warning never repeats the text").doesNotContain("07700", "943 476");
        assertThat(html).containsPattern("<details class=\"details\" id=\"record-impact\" tabindex=\"-1\" open>")
                .contains(">" + PHONE_TEXT + "</textarea>")
                .contains("<input class=\"checkboxes__input\" id=\"record-impact-confirmPersonalDetails\" "
                        + "name=\"confirmPersonalDetails\" type=\"checkbox\" value=\"yes\">")
                .contains("I have checked this text: the person agreed to it being kept, or it is not personal");
        assertThat(version("form-warned")).as("nothing recorded").isEqualTo(1);

        HttpResponse<String> confirmed = app.postForm("/projects/form-warned/commands/record-impact", "version", "1",
                "youSaid", PHONE_TEXT, "weDid", "Phones are charged", "confirmPersonalDetails", "yes");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(303);
        assertThat(version("form-warned")).isEqualTo(2);
        assertThat(app.get("/api/projects/form-warned").body()).as("stored as given").contains(PHONE_TEXT);
    }

    @Test
    void ordinaryTextIsRecordedWithoutAnyQuestion() {
        HttpResponse<String> sent = app.postForm("/projects/plain-text/commands/set-progress-score", "version", "1",
                "score", "1", "rationale", "Sponsor appointed on 2024-01-09; 12 of 14 staff trained (86%)");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(version("plain-text")).isEqualTo(2);
    }

    @Test
    void theApiRefusesPersonalLookingTextUntilTheBodyConfirmsIt() {
        String body = "{\"expectedVersion\": 1, \"youSaid\": \"Write to sam.jones@example.org\", \"weDid\": "
                + "\"We wrote back\"";
        HttpResponse<String> refused = app.postJson("/api/projects/api-warned/commands/record-impact", body + "}");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("personal-details-suspected");
        assertThat(problem.get("suspected").get(0).get("field").asString()).isEqualTo("youSaid");
        assertThat(problem.get("suspected").get(0).get("kinds").get(0).asString()).isEqualTo("email-address");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("youSaid");
        assertThat(refused.body()).doesNotContain("sam.jones", "example.org");
        assertThat(version("api-warned")).as("nothing recorded").isEqualTo(1);

        HttpResponse<String> notBoolean = app.postJson("/api/projects/api-warned/commands/record-impact",
                body + ", \"confirmPersonalDetails\": \"yes\"}");
        assertThat(notBoolean.statusCode()).isEqualTo(422);
        assertThat(json(notBoolean).get("errors").get(0).get("field").asString()).isEqualTo("confirmPersonalDetails");

        HttpResponse<String> confirmed = app.postJson("/api/projects/api-warned/commands/record-impact",
                body + ", \"confirmPersonalDetails\": true}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(version("api-warned")).isEqualTo(2);
        assertThat(app.get("/api/projects/api-warned").body()).contains("Write to sam.jones@example.org");
    }

    @Test
    void startingAProjectIsCheckedToo() {
        HttpResponse<String> refused = app.postJson("/api/projects", "{\"id\": \"at-an-address\", \"title\": \"Calls\", "
                + "\"organisation\": \"Trust\", \"areaOfFocus\": \"Ward at 12 High Street, HU3 2JZ\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode suspected = json(refused).get("suspected").get(0);
        assertThat(suspected.get("field").asString()).isEqualTo("areaOfFocus");
        assertThat(suspected.get("kinds").toString()).isEqualTo("[\"postcode\",\"street-address\"]");
        assertThat(app.get("/api/projects/at-an-address").statusCode()).isEqualTo(404);

        HttpResponse<String> form = app.postForm("/projects", "id", "at-an-address", "title", "Calls", "organisation",
                "Trust", "areaOfFocus", "Ward at 12 High Street, HU3 2JZ");
        assertThat(form.statusCode()).isEqualTo(422);
        assertThat(form.body()).contains("<a href=\"#areaOfFocus\">Area of focus: this looks like it may hold a postcode "
                + "and a street address.").contains("id=\"confirmPersonalDetails\"");
        assertThat(app.get("/api/projects/at-an-address").statusCode()).isEqualTo(404);

        HttpResponse<String> confirmed = app.postForm("/projects", "id", "at-an-address", "title", "Calls",
                "organisation", "Trust", "areaOfFocus", "Ward at 12 High Street, HU3 2JZ", "confirmPersonalDetails", "yes");
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(app.get("/api/projects/at-an-address").statusCode()).isEqualTo(200);
    }
}
