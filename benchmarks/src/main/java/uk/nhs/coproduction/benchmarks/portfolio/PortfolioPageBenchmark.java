package uk.nhs.coproduction.benchmarks.portfolio;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.benchmarks.web.ServedApp;

/**
 * The web app's portfolio at {@value PortfolioFixture#PROJECTS} projects (issue 11's target for
 * the summary table: under 200 ms), fetched over loopback HTTP from the app's own jar started with
 * {@code serve} on a data folder that holds {@link PortfolioFixture}'s projects, in the same run:
 *
 * <ul>
 *   <li>{@link #bareHandler}: {@code GET /assets/favicon.svg}, the same server with almost no
 *       handler, the floor;</li>
 *   <li>{@link #projectList}: {@code GET /projects}, the existing list of the same projects (each
 *       read from the store, one table row each), the baseline;</li>
 *   <li>{@link #portfolioPage}: {@code GET /portfolio}, the summary table;</li>
 *   <li>{@link #portfolioFiltered}: {@code GET /portfolio?phase=TEST}, a seventh of the rows;</li>
 *   <li>{@link #portfolioCsv} and {@link #portfolioApi}: {@code /portfolio.csv} and
 *       {@code /api/portfolio}.</li>
 * </ul>
 * The app has no exported API, so the page is measured from outside, as a browser meets it; each
 * request reads every project from the file store, as the app does. The app is signed in to as
 * its first QI lead ({@link ServedApp}): pages with the session cookie, the API with a token.
 * Build the app first
 * ({@code ./mvnw -q -pl examples/coproduction-app -am package -DskipTests}) and run from the
 * project's folder, or set {@code -Dapp.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioPageBenchmark {

    private ServedApp app;
    private HttpClient http;

    /** Writes the projects to a fresh data folder, starts the app on it and signs in. */
    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("portfolio-page-");
        Path data = folder.resolve("projects");
        try (FileEventStore store = FileEventStore.open(data)) {
            for (List<RecordedEvent> log : PortfolioFixture.logs()) {
                AppendResult appended = store.append(log.get(0).projectId(), 0, log);
                if (!(appended instanceof AppendResult.Appended)) {
                    throw new IllegalStateException("could not write " + log.get(0).projectId() + ": " + appended);
                }
            }
        }
        app = ServedApp.start(data, folder.resolve("serve.log"));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1))
                .build();
        String page = get("/portfolio");
        if (!page.contains(PortfolioFixture.PROJECTS + " projects")) {
            throw new IllegalStateException("the portfolio does not show " + PortfolioFixture.PROJECTS + " projects");
        }
    }

    /** Stops the app. */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        app.close();
    }

    /** The floor: a static file through the same server and router. */
    @Benchmark
    public String bareHandler() throws IOException, InterruptedException {
        return get("/assets/favicon.svg");
    }

    /** The baseline: the list of projects. */
    @Benchmark
    public String projectList() throws IOException, InterruptedException {
        return get("/projects");
    }

    /** The summary table of every project. */
    @Benchmark
    public String portfolioPage() throws IOException, InterruptedException {
        return get("/portfolio");
    }

    /** The summary table filtered to one phase. */
    @Benchmark
    public String portfolioFiltered() throws IOException, InterruptedException {
        return get("/portfolio?phase=TEST");
    }

    /** The same rows as CSV. */
    @Benchmark
    public String portfolioCsv() throws IOException, InterruptedException {
        return get("/portfolio.csv");
    }

    /** The same rows as JSON. */
    @Benchmark
    public String portfolioApi() throws IOException, InterruptedException {
        return get("/api/portfolio");
    }

    private String get(String path) throws IOException, InterruptedException {
        return ServedApp.check(http.send(app.get(path), HttpResponse.BodyHandlers.ofString()), 200).body();
    }
}
