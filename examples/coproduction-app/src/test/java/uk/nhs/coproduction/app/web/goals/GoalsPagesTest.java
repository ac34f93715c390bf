package uk.nhs.coproduction.app.web.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.app.alwaysevents.StaffSurveyFile;
import uk.nhs.coproduction.app.web.RunningApp;

/** {@code /goals}, its upload and {@code /api/goals}, through the running app. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoalsPagesTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static final String BOUNDARY = "goals-test-boundary";

    private static HttpResponse<String> upload(String fileName, String csv) {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n";
        return app.post("/goals/staff-survey", "multipart/form-data; boundary=" + BOUNDARY, body);
    }

    @Test
    @Order(1)
    void beforeAnythingIsRecordedThePageSaysSoAndStatesItsSources() {
        HttpResponse<String> page = app.get("/goals");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("National goals for co-production",
                "Improvement projects co-produced from the very start", "No Always Events project has started yet",
                "Feedback from patients / service users is used to make informed decisions",
                "No results have been imported yet", "NHS Staff Survey", "enctype=\"multipart/form-data\"",
                "href=\"/goals\"", AlwaysEvents.TRADEMARK_NOTICE.substring(0, 20));
    }

    @Test
    @Order(2)
    void anUploadedFileIsChartedWithItsTableAndWhereItCameFrom() throws IOException {
        HttpResponse<String> uploaded = upload("survey-2024.csv", "year,org code,percentage agreeing,responses\r\n"
                + "2021,XX1,54.9,1402\r\n2022,XX1,58.6,1375\r\n2023,XX1,60.2,1410\r\n2024,XX1,62.7,1398\r\n");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(303);

        HttpResponse<String> page = app.get("/goals");
        assertThat(page.body()).contains("The file survey-2024.csv, imported ", "4 result(s) for 1 organisation(s)",
                "Staff agreeing (%), XX1", "<svg", "The imported results", "62.7%", "1398");

        JsonNode api = JsonMapper.builder().build().readTree(app.get("/api/goals?period=quarter").body());
        assertThat(api.path("staffSurvey").path("file").asString()).isEqualTo("survey-2024.csv");
        assertThat(api.path("staffSurvey").path("results").size()).isEqualTo(4);
        assertThat(api.path("coProductionFromTheStart").path("reportingPeriod").asString()).isEqualTo("quarter");
        assertThat(api.path("coProductionFromTheStart").path("operationalDefinition").asString()).contains("first phase");
    }

    @Test
    @Order(3)
    void aBadFileIsRefusedNamingRowAndColumnAndTheStoredResultsAreUnchanged() throws IOException {
        Path stored = app.data().resolve(StaffSurveyFile.NAME);
        String before = Files.readString(stored);

        HttpResponse<String> refused = upload("bad.csv", "year,org code,percentage agreeing\r\n2024,XX1,62\r\n"
                + "2025,XX1,170\r\n");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nothing was imported: row 3, column percentage agreeing: must be a "
                + "percentage from 0 to 100");
        assertThat(Files.readString(stored)).isEqualTo(before);
        assertThat(app.get("/goals").body()).contains("The file survey-2024.csv");
        assertThat(upload("empty.csv", "").statusCode()).isEqualTo(422);
    }

    @Test
    @Order(4)
    void onlyAnOrganisationsQiLeadImportsAndNobodySignedOutSeesTheGoals() throws IOException {
        Path stored = app.data().resolve(StaffSurveyFile.NAME);
        String before = Files.readString(stored);
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nyear,org code,percentage agreeing\r\n2025,XX1,70\r\n--" + BOUNDARY
                + "--\r\n";

        HttpResponse<String> viewer = app.as("board-viewer", uk.nhs.coproduction.alwaysevents.access.ProjectRole.VIEWER)
                .post("/goals/staff-survey", "multipart/form-data; boundary=" + BOUNDARY, body);
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(viewer.body()).contains("Only a QI lead for the whole organisation can import");
        assertThat(Files.readString(stored)).isEqualTo(before);

        assertThat(app.anonymous().get("/goals").statusCode()).isEqualTo(303);
        assertThat(app.anonymous().get("/api/goals").statusCode()).isEqualTo(401);
        assertThat(app.anonymous().get("/portfolio").statusCode()).isEqualTo(303);
        assertThat(app.anonymous().get("/portfolio.csv").statusCode()).isEqualTo(303);
        assertThat(app.anonymous().get("/api/portfolio").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(5)
    void aProjectIsCountedAndABadPeriodIsRefused() throws IOException {
        assertThat(app.post("/api/projects/load-demonstration", "application/json", "").statusCode()).isEqualTo(201);

        HttpResponse<String> page = app.get("/goals?period=quarter");
        assertThat(page.body()).contains("The projects behind the figures", "href=\"/projects/humber-contact\"",
                "2016-Q4");
        JsonNode api = JsonMapper.builder().build().readTree(app.get("/api/goals").body());
        assertThat(api.path("coProductionFromTheStart").path("projects").get(0).path("id").asString())
                .isEqualTo("humber-contact");
        assertThat(app.get("/api/goals?period=week").statusCode()).isEqualTo(400);
        assertThat(app.get("/api").body()).contains("/api/goals");
    }
}
