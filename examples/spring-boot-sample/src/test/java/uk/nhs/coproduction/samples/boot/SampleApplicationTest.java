package uk.nhs.coproduction.samples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.catalog.Catalog;
import uk.nhs.coproduction.catalog.exchange.SearchResultJson;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * The sample application on a real port, its projects in a fresh PostgreSQL database on Boot's
 * {@code DataSource}: the catalogue search and a project's measurements through the starter, the
 * library's own JSON through Boot's mapper, the store's health and the metrics. The same test runs
 * on Boot 4.0 (this module) and Boot 3.5 ({@code spring-boot-3-sample}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationTest {

    private static TestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    AlwaysEventProjects projects;

    @Autowired
    EventStore store;

    @Autowired
    MeterRegistry registry;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCatalogueSearchAnswersWithTheLibrarysOwnJsonByteForByte() throws Exception {
        HttpResponse<String> answer = get("/api/catalog/search?q=films&limit=5");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).isEqualTo(SearchResultJson.write(catalog.search(Query.text("films").withPage(0, 5)),
                VocabulariesJson.bundled()));
        assertThat(answer.body()).contains("\"total\"").contains("\"items\"");
    }

    @Test
    void aProjectsMeasurementsAreRecordedInPostgresqlAndShown() throws Exception {
        double recordedBefore = count("recorded");
        double conflictsBefore = count("conflict");
        double refusedBefore = count("refused");
        double invalidBefore = count("invalid");

        HttpResponse<String> started = post("/api/projects/humber-contact", "{\"organisation\": \"Humber NHS Foundation "
                + "Trust\", \"title\": \"Contact with people who matter\", \"areaOfFocus\": \"Assessment and treatment "
                + "unit\", \"startedOn\": \"2016-10-03\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(started.body()).as("the library's snapshot JSON")
                .isEqualTo(EventJson.writeSnapshot(projects.project(ProjectId.of("humber-contact")).orElseThrow()));

        HttpResponse<String> measured = post("/api/projects/humber-contact/measurements",
                "{\"expectedVersion\": 1, \"period\": \"2017-01\", \"numerator\": 17, \"denominator\": 20}");
        assertThat(measured.statusCode()).as(measured.body()).isEqualTo(201);

        HttpResponse<String> stale = post("/api/projects/humber-contact/measurements",
                "{\"expectedVersion\": 1, \"period\": \"2017-02\", \"numerator\": 18, \"denominator\": 20}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"currentVersion\":2");

        HttpResponse<String> again = post("/api/projects/humber-contact/measurements",
                "{\"expectedVersion\": 2, \"period\": \"2017-01\", \"numerator\": 1, \"denominator\": 20}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("MEASUREMENT_ALREADY_RECORDED");

        HttpResponse<String> invalid = post("/api/projects/humber-contact/measurements",
                "{\"expectedVersion\": 2, \"period\": \"2017-03\", \"numerator\": -1, \"denominator\": 20}");
        assertThat(invalid.statusCode()).as("Bean Validation of the command, by this Boot line's Hibernate Validator")
                .isEqualTo(422);
        assertThat(invalid.body()).contains("\"field\":\"numerator\"").contains("must be 0 or more");

        HttpResponse<String> shown = get("/api/projects/humber-contact/measurements");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("\"projectId\":\"humber-contact\"").contains("\"version\":2")
                .contains("\"period\":\"2017-01\"").contains("\"numerator\":17").contains("\"denominator\":20")
                .doesNotContain("2017-02").doesNotContain("2017-03");
        assertThat(get("/api/projects/nobody/measurements").statusCode()).isEqualTo(404);

        assertThat(store.getClass().getName()).isEqualTo("uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore");
        assertThat(PostgresCheck.versionInDatabase(database, ProjectId.of("humber-contact"))).isEqualTo(2);

        assertThat(count("recorded") - recordedBefore).isEqualTo(2);
        assertThat(count("conflict") - conflictsBefore).isEqualTo(1);
        assertThat(count("refused") - refusedBefore).isEqualTo(1);
        assertThat(count("invalid") - invalidBefore).isEqualTo(1);
        assertThat(registry.get("coproduction.store.appends").tag("result", "appended").timer().count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theStoresHealthAndTheMetricsAreOnTheActuator() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"coproductionEventStore\":{").contains("\"store\":\"PostgresEventStore\"");

        get("/api/catalog/search?q=co-production");
        HttpResponse<String> searches = get("/actuator/metrics/coproduction.catalog.searches");
        assertThat(searches.statusCode()).isEqualTo(200);
        assertThat(searches.body()).contains("\"COUNT\"");
    }

    private double count(String outcome) {
        return registry.get("coproduction.commands").tag("outcome", outcome).counter().count();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
