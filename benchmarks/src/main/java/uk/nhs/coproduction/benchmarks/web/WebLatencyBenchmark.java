package uk.nhs.coproduction.benchmarks.web;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time the web app takes to answer, per request, with its percentiles (JMH's sample mode
 * reports p50 and p99), on one kept-alive connection per client thread. Run it with one client
 * and with eight ({@code -t 1}, {@code -t 8}); three requests in the same run:
 *
 * <ul>
 *   <li>{@link #bareHandler}: {@code GET /assets/favicon.svg}, a static file from memory: the same
 *       server, router and security headers with almost no handler, the baseline;</li>
 *   <li>{@link #projectPage}: {@code GET /projects/humber-contact}, the demonstration project's
 *       page (its run chart, PDSA cycles and forms);</li>
 *   <li>{@link #recordMeasurement}: {@code POST /api/projects/{id}/measurements}, one measurement
 *       appended to the file store and fsynced, each client on a project of its own.</li>
 * </ul>
 *
 * <p>The app is its own jar ({@code examples/coproduction-app/target/coproduction-app.jar}, or
 * the system property {@code app.jar}), started with {@code serve} on a free port and a fresh data
 * folder, so the figures are what a user of {@code serve} gets, not an in-process shortcut. Build
 * both first: {@code ./mvnw -q package -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WebLatencyBenchmark {

    private static final String DEMONSTRATION = "humber-contact";

    private ServedApp app;
    private final AtomicInteger projects = new AtomicInteger();

    /** One client: its own connection, and its own project to record measurements in. */
    @State(Scope.Thread)
    public static class Client {
        private HttpClient http;
        private String project;
        private long version;
        private int period;

        /** Opens the client and starts its project. */
        @Setup(Level.Trial)
        public void open(WebLatencyBenchmark app) throws IOException, InterruptedException {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            project = "bench-" + app.projects.incrementAndGet();
            HttpResponse<String> started = app.post(http, "/api/projects", "{\"id\": \"" + project
                    + "\", \"title\": \"Calls home\", \"organisation\": \"Benchmark NHS Trust\", \"areaOfFocus\": "
                    + "\"Ward 7\", \"startedOn\": \"2024-01-08\"}");
            check(started, 201);
            version = 1;
        }
    }

    /** Starts the app, signs in and loads the demonstration project. */
    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("web-latency-");
        app = ServedApp.start(data.resolve("projects"), data.resolve("serve.log"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        check(post(http, "/api/projects/load-demonstration", ""), 201);
    }

    /** Stops the app. */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        app.close();
    }

    /** The baseline: a static file through the same server and router. */
    @Benchmark
    public int bareHandler(Client client) throws IOException, InterruptedException {
        return check(client.http.send(app.get("/assets/favicon.svg"),
                HttpResponse.BodyHandlers.ofString()), 200);
    }

    /** A project's page. */
    @Benchmark
    public int projectPage(Client client) throws IOException, InterruptedException {
        return check(client.http.send(app.get("/projects/" + DEMONSTRATION),
                HttpResponse.BodyHandlers.ofString()), 200);
    }

    /** One measurement recorded through the JSON API, durable when answered. */
    @Benchmark
    public int recordMeasurement(Client client) throws IOException, InterruptedException {
        client.period++;
        HttpResponse<String> recorded = post(client.http, "/api/projects/" + client.project + "/measurements",
                "{\"expectedVersion\": " + client.version + ", \"period\": \"w-" + client.period
                        + "\", \"numerator\": 9, \"denominator\": 10}");
        check(recorded, 201);
        client.version++;
        return recorded.statusCode();
    }

    private HttpResponse<String> post(HttpClient http, String path, String json) throws IOException,
            InterruptedException {
        return http.send(app.postJson(path, json), HttpResponse.BodyHandlers.ofString());
    }

    private static int check(HttpResponse<String> response, int expected) {
        return ServedApp.check(response, expected).statusCode();
    }
}
