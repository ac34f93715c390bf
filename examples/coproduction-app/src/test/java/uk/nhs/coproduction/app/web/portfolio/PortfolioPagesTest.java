package uk.nhs.coproduction.app.web.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * The portfolio's summary table at {@code /portfolio}, its CSV at {@code /portfolio.csv} and its
 * JSON at {@code /api/portfolio}, over five projects made through the library's public API; and the
 * same over an empty data folder.
 */
class PortfolioPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(PortfolioProjects::seed);

    @RegisterExtension
    static final RunningApp empty = new RunningApp();

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode portfolio) {
        List<String> ids = new ArrayList<>();
        portfolio.get("projects").forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }

    @Test
    void thePageShowsEveryProjectWithItsFactsMeasuresAndWhereTheyComeFrom() {
        HttpResponse<String> page = app.get("/portfolio");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        String html = page.body();
        assertThat(html).contains("<title>Portfolio of projects – NHS co-production app</title>")
                .contains("<a class=\"header__nav-link\" href=\"/portfolio\" aria-current=\"page\">Portfolio</a>")
                .contains("5 projects")
                .contains("<a href=\"/projects/birth-centre\">Skin-to-skin after birth</a>")
                .contains("<a href=\"/projects/ward-set-up\">Calls home from ward-set-up</a>")
                .contains("Reliability of the Always Event").contains("Outcome")
                .contains("No aim stated yet")
                .contains("95.0% in 2024-12")
                .contains("2.0 ")
                .contains("Paused")
                .contains("Not assessed")
                .contains("Where each figure comes from")
                .contains("keeps no health check per project")
                .contains("Always Events® is a registered trademark of the Institute for Healthcare Improvement");
        // Sorted by area of focus (Maternity before Ward 7), then title.
        assertThat(html.indexOf("project-birth-centre")).isLessThan(html.indexOf("project-ward-co-design"));
        assertThat(html.indexOf("project-ward-paused")).isLessThan(html.indexOf("project-ward-set-up"));
        // Each filter option with its count over the whole portfolio.
        assertThat(html).contains("value=\"" + PortfolioProjects.MATERNITY + "\"")
                .containsPattern("Ward 7 \\(older people\\)\\s*<span class=\"count\">\\(4\\)</span>")
                .containsPattern("Co-design\\s*<span class=\"count\">\\(2\\)</span>");
        assertThat(html).contains("href=\"/portfolio.csv\"").contains("href=\"/api/portfolio\"");
    }

    @Test
    void iconsAreDrawnWithTextAlternativesAndAShortLabel() {
        JsonNode birth = json(app.get("/api/portfolio?area=maternity,%20birth%20centre")).get("projects").get(0);
        JsonNode outcome = birth.get("measures").get(0);
        assertThat(outcome.get("reading").asString()).isEqualTo("latest");
        assertThat(outcome.get("variationIcon").get("code").asString()).isEqualTo("improvement_high");
        assertThat(outcome.get("assuranceIcon").isNull()).as("a run chart has no limits").isTrue();

        String html = app.get("/portfolio?area=" + "Maternity%2C%20birth%20centre").body();
        assertThat(html).contains("data-icon=\"improvement_high\"")
                .contains("role=\"img\" aria-label=\"Variation: Special cause variation of an improving nature: "
                        + "higher values\"")
                .contains("<title>Variation: Special cause variation of an improving nature: higher values</title>")
                .contains("Improvement, high")
                .contains("None: the chart has no process limits to compare the aim with");
    }

    @Test
    void filtersByPhaseKeepTheQueryInTheLinksAndSayWhatIsShown() {
        String html = app.get("/portfolio?phase=co-design").body();

        assertThat(html).contains("2 of 5 projects").contains("phase Co-design")
                .contains("project-ward-co-design").contains("project-birth-centre")
                .doesNotContain("project-ward-set-up").doesNotContain("project-ward-testing")
                .contains("href=\"/portfolio.csv?phase=CO_DESIGN\"").contains("href=\"/api/portfolio?phase=CO_DESIGN\"")
                .containsPattern("id=\"phase-co-design\" name=\"phase\" type=\"checkbox\"\\s+value=\"CO_DESIGN\" checked")
                .contains("<a href=\"/portfolio\">Clear the filters</a>");
    }

    @Test
    void filtersByAreaAndPhaseTogetherIgnoringCase() {
        JsonNode both = json(app.get("/api/portfolio?area=WARD%207%20(older%20people)&phase=SET_UP_AND_OVERSIGHT"));

        assertThat(ids(both)).containsExactly("ward-paused", "ward-set-up");
        assertThat(both.get("shown").asInt()).isEqualTo(2);
        assertThat(both.get("total").asInt()).isEqualTo(5);
        assertThat(both.get("filters").get("phases").get(0).asString()).isEqualTo("SET_UP_AND_OVERSIGHT");
        assertThat(json(app.get("/api/portfolio?phase=test,co_design")).get("shown").asInt()).isEqualTo(3);
        assertThat(app.get("/portfolio?area=Nowhere").body()).contains("0 of 5 projects")
                .contains("No project matches these filters");
    }

    @Test
    void theCsvIsTheLibrarysWithTheSameFiltersAsADownload() {
        HttpResponse<String> csv = app.get("/portfolio.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"portfolio.csv\"");
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("project_id,title,area_of_focus,phase,phase_name,status,progress_score,"
                + "ladder_rung,measure,measure_role,period,latest_value,unit,variation_icon,assurance_icon,note");
        assertThat(lines.get(1)).startsWith("birth-centre,Skin-to-skin after birth,\"Maternity, birth centre\","
                + "CO_DESIGN,Co-design,active,2.0,,Reliability of the Always Event,outcome,2024-12,95.0,%,"
                + "improvement_high,,");

        List<String> filtered = List.of(app.get("/portfolio.csv?phase=TEST").body().split("\r\n"));
        assertThat(filtered).hasSize(2);
        assertThat(filtered.get(1)).startsWith("ward-testing,");
    }

    @Test
    void theJsonHasEveryRowWithItsMeasuresAndLinks() {
        HttpResponse<String> response = app.get("/api/portfolio");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode portfolio = json(response);
        assertThat(ids(portfolio)).containsExactly("birth-centre", "ward-co-design", "ward-paused", "ward-set-up",
                "ward-testing");
        JsonNode setUp = portfolio.get("projects").get(3);
        assertThat(setUp.get("phase").get("code").asString()).isEqualTo("SET_UP_AND_OVERSIGHT");
        assertThat(setUp.get("status").asString()).isEqualTo("active");
        assertThat(setUp.get("progressScore").isNull()).isTrue();
        assertThat(setUp.get("ladderRung").isNull()).isTrue();
        assertThat(setUp.get("measures").get(0).get("role").asString()).isEqualTo("outcome");
        assertThat(setUp.get("measures").get(0).get("reading").asString()).isEqualTo("not-yet-charted");
        assertThat(setUp.get("measures").get(0).get("reason").asString()).isEqualTo("No aim stated yet");
        assertThat(setUp.get("links").get("page").asString()).isEqualTo("/projects/ward-set-up");
        assertThat(portfolio.get("projects").get(0).get("progressScore").asDouble()).isEqualTo(2.0);
        assertThat(portfolio.get("ladderRungNote").asString()).startsWith("Not assessed");
        assertThat(portfolio.get("trademark").asString()).contains("Institute for Healthcare Improvement");
        assertThat(json(app.get("/api")).get("endpoints").findValuesAsString("path")).contains("/api/portfolio");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/portfolio", "/portfolio.csv", "/api/portfolio"})
    void anUnknownPhaseIsRefusedNamingTheParameter(String path) {
        HttpResponse<String> refused = app.get(path + "?phase=testing");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The parameter phase has a value that is not a phase").contains("testing")
                .contains("SET_UP_AND_OVERSIGHT");
        if (path.startsWith("/api")) {
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
            assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo("phase");
        }
    }

    @Test
    void anEmptyPortfolioSaysSoAndCreatesNothing() {
        String html = empty.get("/portfolio").body();
        assertThat(html).contains("0 projects").contains("There are no projects in this app's data folder yet");
        assertThat(empty.get("/portfolio.csv").body().split("\r\n")).hasSize(1);
        JsonNode none = json(empty.get("/api/portfolio"));
        assertThat(none.get("total").asInt()).isZero();
        assertThat(none.get("projects")).isEmpty();
        assertThat(empty.savedFiles()).as("nothing saved about projects").isEmpty();
    }
}
