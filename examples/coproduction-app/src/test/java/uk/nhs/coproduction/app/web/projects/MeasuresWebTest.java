package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * A project's family of measures over HTTP: measures defined and values recorded and corrected
 * through the forms and the JSON API (the same command descriptions), refusals that name the
 * field, {@code GET /api/projects/{id}/measures}, and the project page showing every measure with
 * its chart.
 */
class MeasuresWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.started(projects, "measured");
        ProjectFixtures.started(projects, "refused");
    });

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static long version(String id) {
        return json(app.get("/api/projects/" + id)).get("version").asLong();
    }

    private static HttpResponse<String> command(String id, String command, String fields) {
        return app.postJson("/api/projects/" + id + "/commands/" + command, "{\"expectedVersion\": " + version(id)
                + ", " + fields + "}");
    }

    @Test
    void measuresAreDefinedRecordedCorrectedAndShownWithTheirCharts() {
        HttpResponse<String> defined = app.postForm("/projects/measured/commands/define-measure", "version",
                Long.toString(version("measured")), "measureId", "equipment-ready", "role", "process", "name",
                "Equipment ready at handover", "operationalDefinition", "At every handover, is the phone charged?",
                "kindOfData", "counts", "chartType", "p", "rules", "mdc", "improvement", "increase", "target", "90");
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(303);
        HttpResponse<String> balancing = command("measured", "define-measure", "\"measureId\": \"night-calls\", "
                + "\"role\": \"BALANCING\", \"name\": \"Calls to the night coordinator\", \"operationalDefinition\": "
                + "\"Calls logged between 22:00 and 07:00\", \"kindOfData\": \"VALUES\", \"chartType\": \"C\", \"rules\": "
                + "\"ihi\", \"improvement\": \"DECREASE\"");
        assertThat(balancing.statusCode()).as(balancing.body()).isEqualTo(200);
        for (int month = 1; month <= 9; month++) {
            String period = "2024-0" + month;
            assertThat(app.postForm("/projects/measured/commands/record-measure-value", "version",
                    Long.toString(version("measured")), "measureId", "equipment-ready", "period", period, "value",
                    (10 + month) + "/20").statusCode()).isEqualTo(303);
            assertThat(command("measured", "record-measure-value", "\"measureId\": \"night-calls\", \"period\": \""
                    + period + "\", \"value\": \"" + (month % 3 + 2) + "\"").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> corrected = command("measured", "correct-measure-value", "\"measureId\": \"night-calls\", "
                + "\"period\": \"2024-09\", \"value\": \"7\", \"reason\": \"two calls logged late\"");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(json(corrected).get("recorded").get(0).get("type").asString()).isEqualTo("MeasureValueCorrected");

        JsonNode measures = json(app.get("/api/projects/measured/measures")).get("measures");
        assertThat(measures.size()).isEqualTo(3);
        assertThat(measures.get(0).get("id").asString()).isEqualTo("reliability");
        assertThat(measures.get(0).get("role").asString()).isEqualTo("OUTCOME");
        assertThat(measures.get(1).get("role").asString()).isEqualTo("PROCESS");
        assertThat(measures.get(1).get("latest").get("value").asDouble()).isEqualTo(95.0);
        assertThat(measures.get(1).get("definition").get("chartType").asString()).isEqualTo("p");
        assertThat(measures.get(1).get("chart").size()).isEqualTo(9);
        assertThat(measures.get(1).has("variationIcon")).isTrue();
        assertThat(measures.get(2).get("role").asString()).isEqualTo("BALANCING");
        assertThat(measures.get(2).get("latest").get("value").asDouble()).isEqualTo(7.0);
        assertThat(measures.get(2).get("values").get(8).get("value").asString()).isEqualTo("7");

        String page = app.get("/projects/measured").body();
        assertThat(page).contains("<h2 id=\"family-of-measures\">Family of measures</h2>")
                .contains("<th scope=\"row\">Equipment ready at handover</th><td>Process</td><td>95.0% in 2024-09</td>")
                .contains("<th scope=\"row\">Calls to the night coordinator</th><td>Balancing</td><td>7.0 in 2024-09</td>")
                .contains("<h3 id=\"measure-equipment-ready\">Process measure: Equipment ready at handover</h3>")
                .contains("At every handover, is the phone charged? Read on a P chart with the")
                .contains("target 90%")
                .contains("Equipment ready at handover (P chart): the data behind the chart")
                .contains("Calls to the night coordinator (C chart): the data behind the chart");
    }

    @Test
    void refusalsNameTheFieldTheyConcern() {
        assertThat(command("refused", "define-measure", "\"measureId\": \"waits\", \"role\": \"PROCESS\", \"name\": "
                + "\"Minutes waited\", \"operationalDefinition\": \"Timed at each request\", \"kindOfData\": \"VALUES\", "
                + "\"chartType\": \"XMR\", \"rules\": \"mdc\", \"improvement\": \"DECREASE\", \"target\": 5")
                .statusCode()).isEqualTo(200);
        long before = version("refused");

        HttpResponse<String> wrongChart = command("refused", "define-measure", "\"measureId\": \"ready\", \"role\": "
                + "\"PROCESS\", \"name\": \"Ready\", \"operationalDefinition\": \"Checked\", \"kindOfData\": \"VALUES\", "
                + "\"chartType\": \"P\", \"rules\": \"mdc\", \"improvement\": \"INCREASE\"");
        HttpResponse<String> wrongKind = command("refused", "record-measure-value",
                "\"measureId\": \"waits\", \"period\": \"2024-02\", \"value\": \"4/5\"");
        HttpResponse<String> early = command("refused", "record-measure-value",
                "\"measureId\": \"waits\", \"period\": \"2023-12\", \"value\": \"4\"");
        HttpResponse<String> unknown = command("refused", "record-measure-value",
                "\"measureId\": \"nothing\", \"period\": \"2024-02\", \"value\": \"4\"");
        HttpResponse<String> form = app.postForm("/projects/refused/commands/record-measure-value", "version",
                Long.toString(before), "measureId", "waits", "period", "2099-01", "value", "4");

        assertThat(wrongChart.statusCode()).isEqualTo(422);
        assertThat(wrongChart.body()).contains("CHART_CANNOT_READ_DATA");
        assertThat(wrongKind.body()).contains("MEASURE_VALUE_WRONG_KIND").contains("one number, such as 42 or 3.5");
        assertThat(early.body()).contains("PERIOD_BEFORE_START");
        assertThat(unknown.body()).contains("UNKNOWN_MEASURE");
        assertThat(form.statusCode()).isEqualTo(422);
        assertThat(form.body()).contains("href=\"#record-measure-value-period\"").contains("has not begun yet");
        assertThat(version("refused")).as("nothing recorded").isEqualTo(before);
    }
}
