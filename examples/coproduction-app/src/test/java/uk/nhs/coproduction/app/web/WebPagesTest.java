package uk.nhs.coproduction.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.nhs.coproduction.app.web.server.MultipartBody;

/** The HTML pages over HTTP: what they show, how they refuse bad input, and that they escape it. */
class WebPagesTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static HttpResponse<String> post(String path, MultipartBody body) {
        return app.send(HttpRequest.newBuilder(app.uri(path)).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = WebPagesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theHomePageHasTheLayoutEveryPageShares() {
        HttpResponse<String> home = app.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"en-GB\">")
                .contains("<a class=\"skip-link\" href=\"#main-content\">Skip to main content</a>")
                .contains("<main class=\"main\" id=\"main-content\"")
                .contains("Always Events® is a registered trademark of the Institute for Healthcare Improvement.")
                .contains("href=\"/catalogue\"").contains("href=\"/health-check\"").contains("href=\"/run-chart\"")
                .doesNotContain("<script");
        for (String path : java.util.List.of("/catalogue", "/health-check", "/run-chart", "/missing")) {
            assertThat(app.get(path).body()).as(path)
                    .contains("registered trademark of the Institute for Healthcare Improvement");
        }
    }

    @Test
    void theCatalogueSearchesWithFacetsCountsAndPages() {
        HttpResponse<String> page = app.get("/catalogue?q=co-production&kind=guide");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<p class=\"results-count\" role=\"status\">")
                .contains("<legend class=\"fieldset__legend\">Kind of resource</legend>")
                .containsPattern("value=\"guide\" checked>")
                .containsPattern("Film\\s*<span class=\"count\">\\(\\d+\\)</span>")
                .contains("Remove filter").contains("<mark>");
        HttpResponse<String> all = app.get("/catalogue");
        assertThat(all.body()).contains("20 resources in the catalogue; showing 1 to 10.")
                .contains("rel=\"next\"").contains("aria-current=\"page\"");
        HttpResponse<String> second = app.get("/catalogue?page=2");
        assertThat(second.body()).contains("showing 11 to 20.").contains("<ol class=\"results\" start=\"11\">")
                .contains("rel=\"prev\"");
    }

    @Test
    void resultsShowTheNhsLinkLabelOfAFile() {
        assertThat(app.get("/catalogue?q=calm+night").body())
                .contains("<span class=\"link-label\">(PDF only, 1.23MB, 12 pages)</span>");
    }

    @Test
    void badCatalogueParametersShowAnErrorSummary() {
        HttpResponse<String> page = app.get("/catalogue?kind=pamphlet&page=0");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Error: Resources catalogue")
                .contains("There is a problem").contains("href=\"#facet-kind\"")
                .contains("Kind of resource: 'pamphlet' is not a known kind")
                .contains("<a href=\"#results\">The page number must be a whole number from 1 to");
    }

    @Test
    void searchTextIsEscapedEverywhere() {
        HttpResponse<String> page = app.get("/catalogue?q=%3Cscript%3Ealert(1)%3C/script%3E%22");
        assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aResourcePageHasItsJsonLdNotesAndLinks() {
        HttpResponse<String> page = app.get("/catalogue/always-events-toolkit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Always Events® toolkit</h1>")
                .contains("<script type=\"application/ld+json\">{")
                .contains("\"@id\" : \"" + app.uri("/catalogue/always-events-toolkit") + "\"")
                .contains("Note from demo: Our QI team has printed copies.")
                .contains("<dt class=\"summary-list__key\">Language</dt>").contains("English");
        HttpResponse<String> local = app.get("/catalogue/calm-at-night-guide");
        assertThat(local.body()).contains("href=\"https://example.org/calm-at-night.pdf\"")
                .contains("(PDF only, 1.23MB, 12 pages)");
        assertThat(app.get("/catalogue/no-such-resource").statusCode()).isEqualTo(404);
    }

    @Test
    void anInvalidPartnershipShowsEachProblemNextToTheField() throws IOException {
        String broken = resource("/uk/nhs/coproduction/app/check/sample-partnership.json")
                .replace("\"PATIENT\"", "\"PATIEN\"");
        HttpResponse<String> page = post("/health-check", MultipartBody.create().field("partnership", broken)
                .file("file", "", "application/octet-stream", new byte[0]));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("<title>Error: Co-production health check")
                .contains("<a href=\"#partnership\">The pasted document is not a valid partnership: 1 problem")
                .contains("<div class=\"error-message\" id=\"partnership-error\">")
                .contains("Line 10, column 19, members[0].partner.roles[0]: must be one of PATIENT")
                .contains("aria-describedby=\"partnership-hint partnership-error\"")
                .contains("excerpt__line--flagged").contains("Line 10");
        assertThat(page.body()).as("the pasted text is kept").contains("\"PATIEN\"");
        HttpResponse<String> injected = post("/health-check", MultipartBody.create()
                .field("partnership", "</textarea><script>alert(1)</script>")
                .file("file", "", "application/octet-stream", new byte[0]));
        assertThat(injected.body()).doesNotContain("<script>alert(1)")
                .contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void anEmptyOrDoubleHealthCheckIsRefused() {
        HttpResponse<String> empty = post("/health-check", MultipartBody.create().field("partnership", "")
                .file("file", "", "application/octet-stream", new byte[0]));
        assertThat(empty.body()).contains("Paste a partnership document, or choose a file");
        HttpResponse<String> both = post("/health-check", MultipartBody.create().field("partnership", "{}")
                .file("file", "p.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(both.body()).contains("id=\"file-error\"").contains("not both");
    }

    @Test
    void aValidUploadGivesTheReport() throws IOException {
        byte[] sample = resource("/uk/nhs/coproduction/app/check/sample-partnership.json")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> page = post("/health-check", MultipartBody.create().field("partnership", "")
                .file("file", "partnership.json", "application/json", sample));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Going home from the stroke ward")
                .contains("Rung 6 of 7 on the ladder of participation")
                .contains("<strong class=\"tag tag--strength\">Strength</strong>")
                .contains("What needs action");
    }

    @Test
    void theSampleFillsTheForm() {
        assertThat(app.get("/health-check?sample=yes").body()).contains("\"document\": \"partnership\",");
    }

    @Test
    void theRunChartDrawsTheExampleWithItsAimAndTable() {
        String csv = app.get("/run-chart?example=yes").body();
        assertThat(csv).contains("period,numerator,denominator");
        HttpResponse<String> page = post("/run-chart", MultipartBody.create()
                .field("csv", resourceText("/uk/nhs/coproduction/app/web/reliability/example.csv"))
                .file("file", "", "application/octet-stream", new byte[0]).field("aim", "95").field("title", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("class=\"target\"").contains("<figcaption")
                .contains("<caption class=\"table__caption\">")
                .contains("<th scope=\"row\">2024-12</th>").contains("Aim of 95% met?");
        assertThat(page.body().split("<th scope=\"row\">", -1)).hasSize(25);
    }

    @Test
    void runChartErrorsAreNextToTheirFields() {
        HttpResponse<String> page = post("/run-chart", MultipartBody.create()
                .field("csv", "period,numerator,denominator\n2024-01,4,5\n2024-02,six,5\n")
                .file("file", "", "application/octet-stream", new byte[0]).field("aim", "250").field("title", ""));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"aim-error\"").contains("Enter the aim as a percentage from 1 to 100")
                .doesNotContain("<svg");
        HttpResponse<String> lines = post("/run-chart", MultipartBody.create()
                .field("csv", "period,numerator,denominator\n2024-01,4,5\n2024-02,six,5\n")
                .file("file", "", "application/octet-stream", new byte[0]).field("aim", "95").field("title", ""));
        assertThat(lines.body()).contains("id=\"csv-error\"").contains("Line 3: the numerator 'six' is not a number");
    }

    @Test
    void anOversizeFormGetsAFriendlyPage() {
        MultipartBody body = MultipartBody.create().field("csv", "x".repeat((int) WebApp.BODY_LIMIT));
        HttpResponse<String> page = post("/run-chart", body);
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("<h1>What you sent is too large</h1>").contains("at most 1 MB");
    }

    private static String resourceText(String path) {
        try {
            return resource(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
