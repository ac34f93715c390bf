package uk.nhs.coproduction.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over HTTP, as a client sees it: answers, problems that name the field or line, limits. */
class WebApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String sample() throws IOException {
        try (InputStream in = WebApiTest.class.getResourceAsStream(
                "/uk/nhs/coproduction/app/check/sample-partnership.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String exampleCsv() throws IOException {
        try (InputStream in = WebApiTest.class.getResourceAsStream(
                "/uk/nhs/coproduction/app/web/reliability/example.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theIndexListsEveryEndpoint() {
        HttpResponse<String> response = app.get("/api");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(json(response).get("endpoints").findValuesAsString("path")).contains("/api/catalog/search",
                "/api/catalog/resources/{id}", "/api/health-check", "/api/reliability", "/api/spc");
        assertThat(json(response).get("trademark").asString()).contains("Institute for Healthcare Improvement");
    }

    @Test
    void searchWithTextFiltersAndFacets() {
        HttpResponse<String> response = app.get("/api/catalog/search?q=co-production&kind=guide,toolkit&audience=staff");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("query").get("filters").get("kind").toString()).isEqualTo("[\"guide\",\"toolkit\"]");
        assertThat(body.get("total").asInt()).isPositive().isEqualTo(body.get("items").size());
        for (JsonNode item : body.get("items")) {
            assertThat(item.get("resource").get("kind").asString()).isIn("guide", "toolkit");
            assertThat(item.get("resource").get("audiences").toString()).contains("staff");
        }
        JsonNode kinds = body.get("facets").get("kind");
        assertThat(kinds.findValuesAsString("value")).contains("guide", "toolkit", "film");
        assertThat(body.get("appliedFilters").size()).isEqualTo(3);
    }

    @Test
    void searchShowsTheLinkLabelOfAFile() {
        JsonNode body = json(app.get("/api/catalog/search?q=calm+at+night"));
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("resource").get("id").asString()).isEqualTo(RunningApp.LOCAL_ID);
        assertThat(item.get("links").get(0).get("label").asString()).isEqualTo("(PDF only, 1.23MB, 12 pages)");
    }

    @Test
    void pagingWithOffsetAndLimit() {
        JsonNode first = json(app.get("/api/catalog/search?limit=5&sort=title"));
        JsonNode second = json(app.get("/api/catalog/search?limit=5&offset=5&sort=title"));
        assertThat(first.get("items").size()).isEqualTo(5);
        assertThat(first.get("total").asInt()).isEqualTo(second.get("total").asInt()).isGreaterThan(10);
        assertThat(first.get("items").get(0).get("resource").get("id"))
                .isNotEqualTo(second.get("items").get(0).get("resource").get("id"));
    }

    @Test
    void badSearchParametersAreNamedInAProblem() {
        HttpResponse<String> response = app.get("/api/catalog/search?kind=pamphlet&limit=500&audiance=staff&sort=best");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/catalog/search");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("audiance", "kind",
                "sort", "limit");
        assertThat(problem.toString()).contains("'pamphlet' is not a known kind").contains("from 1 to 100");
    }

    @Test
    void aResourceById() {
        HttpResponse<String> response = app.get("/api/catalog/resources/nhse:always-events-toolkit");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("resource").get("id").asString()).isEqualTo("nhse:always-events-toolkit");
        assertThat(body.get("page").asString()).isEqualTo("/catalogue/always-events-toolkit");
        assertThat(body.get("annotations").get(0).get("note").asString()).isEqualTo("Our QI team has printed copies.");
        assertThat(body.get("related").size()).isBetween(1, 3);
    }

    @Test
    void aResourceAsJsonLd() {
        HttpResponse<String> response = app.get("/api/catalog/resources/" + RunningApp.LOCAL_ID, "Accept",
                "application/ld+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/ld+json; charset=utf-8");
        JsonNode body = json(response);
        assertThat(body.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(body.get("@type").toString()).contains("LearningResource");
        assertThat(body.get("encoding").get(0).get("encodingFormat").asString()).isEqualTo("application/pdf");
    }

    @Test
    void unknownAndMalformedIds() {
        assertThat(app.get("/api/catalog/resources/nhse:no-such-thing").statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = app.get("/api/catalog/resources/no-namespace");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void healthCheckOfAValidPartnership() throws IOException {
        HttpResponse<String> response = app.post("/api/health-check", "application/json", sample());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("document").asString()).isEqualTo("health-check-report");
        assertThat(report.get("ladder").get("rung").asString()).isEqualTo("CO_DESIGNING");
        assertThat(report.get("findings").size()).isEqualTo(15);
    }

    @Test
    void healthCheckProblemsNameFieldLineAndColumn() throws IOException {
        String broken = sample().replace("\"PATIENT\"", "\"PATIEN\"");
        HttpResponse<String> response = app.post("/api/health-check", "application/json", broken);
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("members[0].partner.roles[0]");
        assertThat(error.get("line").asInt()).isEqualTo(10);
        assertThat(error.get("column").asInt()).isPositive();
        assertThat(error.get("detail").asString()).startsWith("must be one of PATIENT");
        assertThat(response.body()).as("the value sent is never repeated").doesNotContain("PATIEN\"");
    }

    @Test
    void healthCheckRefusesNotJsonAndTheWrongMediaType() {
        HttpResponse<String> syntax = app.post("/api/health-check", "application/json", "{\"schemaVersion\": 1,");
        assertThat(syntax.statusCode()).isEqualTo(422);
        assertThat(json(syntax).get("errors").get(0).has("line")).isTrue();
        HttpResponse<String> type = app.post("/api/health-check", "text/plain", "{}");
        assertThat(type.statusCode()).isEqualTo(415);
        assertThat(json(type).get("detail").asString()).contains("application/json");
    }

    @Test
    void oversizeBodiesAreRefusedWith413() {
        String big = "x".repeat((int) WebApp.BODY_LIMIT + 1);
        HttpResponse<String> declared = app.post("/api/health-check", "application/json", big);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(json(declared).get("detail").asString()).contains("at most 1 MB");
        // No Content-Length: the body is streamed, and the server stops reading after the limit.
        HttpResponse<String> streamed = app.send(HttpRequest.newBuilder(app.uri("/api/spc"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(StandardCharsets.UTF_8)))).build());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(streamed.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
    }

    @Test
    void reliabilityOfExampleCounts() throws IOException {
        HttpResponse<String> response = app.post("/api/reliability?aim=95", "text/csv", exampleCsv());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("aim").asDouble()).isEqualTo(95.0);
        assertThat(body.get("periods").size()).isEqualTo(24);
        assertThat(body.get("periods").get(0).get("aimMet").asString()).isEqualTo("not_met");
        assertThat(body.get("sustainment").get("status").asString()).isIn("sustained", "not_sustained",
                "insufficient_data");
        assertThat(body.get("chart").get("chart").asString()).isEqualTo("run");
        assertThat(body.get("chart").get("rules").asString()).isEqualTo("ihi");
        assertThat(body.get("chart").get("points").size()).isEqualTo(24);
    }

    @Test
    void reliabilityRefusesBadLinesAndBadAims() {
        HttpResponse<String> lines = app.post("/api/reliability", "text/csv",
                "period,numerator,denominator\n2024-01,4,5\n2024-02,x,5\n");
        assertThat(lines.statusCode()).isEqualTo(422);
        JsonNode error = json(lines).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("detail").asString()).isEqualTo("the numerator 'x' is not a number");
        HttpResponse<String> aim = app.post("/api/reliability?aim=150", "text/csv", "period,numerator,denominator\n");
        assertThat(aim.statusCode()).isEqualTo(400);
        assertThat(json(aim).get("errors").get(0).get("field").asString()).isEqualTo("aim");
        HttpResponse<String> values = app.post("/api/reliability", "text/csv", "period,value\n2024-01,3\n");
        assertThat(values.statusCode()).isEqualTo(422);
        assertThat(values.body()).contains("period,numerator,denominator");
    }

    @Test
    void spcWithTheCommandsOptions() throws IOException {
        HttpResponse<String> response = app.post("/api/spc?chart=p&rules=ihi&freeze=9&target=0.95", "text/csv",
                exampleCsv());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("chart").asString()).isEqualTo("p");
        assertThat(body.get("rules").asString()).isEqualTo("ihi");
        assertThat(body.get("points").get(9).get("baseline").asBoolean()).isFalse();
        HttpResponse<String> bad = app.post("/api/spc?chart=z&shift-length=x&freeze=99", "text/csv", exampleCsv());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("shift-length",
                "chart");
        HttpResponse<String> beyond = app.post("/api/spc?freeze=99", "text/csv", exampleCsv());
        assertThat(beyond.statusCode()).isEqualTo(422);
        assertThat(beyond.body()).contains("Freeze 99 is not a point of the series");
    }

    @Test
    void spcReadsSubgroupsForTheXbarChart() {
        HttpResponse<String> response = app.post("/api/spc?chart=xbar", "text/csv",
                "period,value\nW1,2\nW1,4\nW2,1\nW2,5\nW3,3\nW3,4\n");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("chart").asString()).isEqualTo("xbar");
        assertThat(body.get("points").get(0).get("value").asDouble()).isEqualTo(3.0);
        HttpResponse<String> apart = app.post("/api/spc?chart=s", "text/csv", "period,value\nW1,2\nW2,4\nW1,5\n");
        assertThat(apart.statusCode()).isEqualTo(422);
        assertThat(json(apart).get("errors").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(apart.body()).contains("must be together");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsOnTheApiAndPagesElsewhere() {
        HttpResponse<String> api = app.get("/api/nothing-here");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        HttpResponse<String> page = app.get("/nothing-here");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Page not found</h1>").contains("lang=\"en-GB\"");
        HttpResponse<String> method = app.send(HttpRequest.newBuilder(app.uri("/api/health-check")).GET().build());
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void everyReplyCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : java.util.List.of(app.get("/"), app.get("/api"), app.get("/nothing"),
                app.get("/assets/app.css"))) {
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
        assertThat(app.get("/assets/app.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(app.get("/assets/..%2F..%2Fmodule-info.class").statusCode()).isEqualTo(404);
    }

    @Test
    void crossSitePostsAreRefused() {
        HttpResponse<String> response = app.send(HttpRequest.newBuilder(app.uri("/api/spc"))
                .header("Content-Type", "text/csv").header("Origin", "https://elsewhere.example")
                .POST(HttpRequest.BodyPublishers.ofString("period,value\n")).build());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void nothingIsWrittenToTheDataDirectoryByReadingPages() {
        app.get("/catalogue?q=pdsa");
        app.post("/api/health-check", "application/json", "{}");
        assertThat(app.savedFiles()).as("nothing is saved by reading").isEmpty();
    }
}
