package uk.nhs.coproduction.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;
import uk.nhs.coproduction.app.web.server.WebServer;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * Two instances of the web app on one PostgreSQL database, as behind a load balancer (each with
 * its own connections, as {@code serve --store jdbc:postgresql:...} has): a form decided on a
 * version the other instance has moved past is refused as a conflict (409, saying so, nothing
 * saved), and each instance's project page shows what was recorded through the other.
 */
class TwoInstancesOnOneDatabaseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private PostgresEventStore storeOfFirst;
    private PostgresEventStore storeOfSecond;
    private WebApp first;
    private WebApp second;
    private SignedInClient onFirst;
    private SignedInClient onSecond;

    @BeforeEach
    void start() throws IOException {
        TestDatabase database = TestPostgres.newDatabase();
        storeOfFirst = PostgresEventStore.open(database.dataSource());
        storeOfSecond = PostgresEventStore.open(database.newDataSource());
        ProjectFixtures.readyToUnderstand(AlwaysEventProjects.using(storeOfFirst, WorkflowDefinition.standard(),
                Clock.systemUTC()), "shared-project");
        InetSocketAddress anyPort = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        first = WebApp.start(anyPort, DataDirectory.at(folder.resolve("first")), RunningApp::catalogue,
                WebServer.IDLE_TIMEOUT, storeOfFirst);
        second = WebApp.start(anyPort, DataDirectory.at(folder.resolve("second")), RunningApp::catalogue,
                WebServer.IDLE_TIMEOUT, storeOfSecond);
        // Each instance keeps its own accounts and sessions: the same person signs in to each.
        onFirst = SignedInClient.signIn(first, RunningApp.TEST_ACCOUNT, ProjectRole.QI_LEAD);
        onSecond = SignedInClient.signIn(second, RunningApp.TEST_ACCOUNT, ProjectRole.QI_LEAD);
    }

    private SignedInClient client(WebApp app) {
        return app == first ? onFirst : onSecond;
    }

    @AfterEach
    void stop() {
        first.stop();
        second.stop();
        storeOfFirst.close();
        storeOfSecond.close();
    }

    @Test
    void aStaleFormOnOneInstanceIsAConflictAndEachInstanceShowsTheOthersWrite() throws Exception {
        long seen = version(second);
        assertThat(version(first)).isEqualTo(seen);
        assertThat(page(second, "/projects/shared-project")).doesNotContain("Team formed on the first instance.");

        HttpResponse<String> onFirst = postForm(first, "/projects/shared-project/commands/set-progress-score",
                "version", Long.toString(seen), "score", "1.0", "rationale", "Team formed on the first instance.");
        assertThat(onFirst.statusCode()).isEqualTo(303);

        HttpResponse<String> staleOnSecond = postForm(second, "/projects/shared-project/commands/join-oversight-group",
                "version", Long.toString(seen), "partner", "O-7", "roles", "EXPERIENCE_OF_CARE_STAFF");
        assertThat(staleOnSecond.statusCode()).isEqualTo(409);
        assertThat(staleOnSecond.body()).contains("This project changed while you were working on it: you saw version "
                + seen + ", and it is now at version " + (seen + 1) + ". Nothing was recorded.");
        assertThat(version(second)).isEqualTo(seen + 1);

        assertThat(page(second, "/projects/shared-project")).contains("Team formed on the first instance.");

        HttpResponse<String> freshOnSecond = postForm(second, "/projects/shared-project/commands/join-oversight-group",
                "version", Long.toString(seen + 1), "partner", "O-7", "roles", "EXPERIENCE_OF_CARE_STAFF");
        assertThat(freshOnSecond.statusCode()).isEqualTo(303);
        assertThat(page(first, "/projects/shared-project")).contains("O-7");
        assertThat(version(first)).isEqualTo(seen + 2);
        assertThat(storeOfFirst.read(uk.nhs.coproduction.alwaysevents.project.ProjectId.of("shared-project")).events())
                .hasSize((int) seen + 2);
    }

    private long version(WebApp app) throws Exception {
        HttpResponse<String> response = get(app, "/api/projects/shared-project");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("version").asLong();
    }

    private String page(WebApp app, String path) throws Exception {
        HttpResponse<String> response = get(app, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(WebApp app, String path) throws Exception {
        return client(app).get(path);
    }

    private HttpResponse<String> postForm(WebApp app, String path, String... namesAndValues) throws Exception {
        return client(app).postForm(path, namesAndValues);
    }
}
