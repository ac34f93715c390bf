package uk.nhs.coproduction.benchmarks.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    private Process app;
    private Path data;
    private URI base;
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

    /** Starts the app and loads the demonstration project. */
    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "examples/coproduction-app/target/coproduction-app.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no app jar at " + jar.toAbsolutePath()
                    + ": build it with ./mvnw -q package -DskipTests, run from the project's folder, or set -Dapp.jar");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        data = Files.createTempDirectory("web-latency-");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        app = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "serve", "--port",
                Integer.toString(port), "--data", data.resolve("projects").toString()))
                .redirectErrorStream(true).redirectOutput(data.resolve("serve.log").toFile()).start();
        base = URI.create("http://localhost:" + port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                check(http.send(HttpRequest.newBuilder(base.resolve("/api")).build(),
                        HttpResponse.BodyHandlers.ofString()), 200);
                break;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline || !app.isAlive()) {
                    throw new IllegalStateException("the app did not start: see " + data.resolve("serve.log"), notYet);
                }
                Thread.sleep(50);
            }
        }
        check(post(http, "/api/projects/load-demonstration", ""), 201);
    }

    /** Stops the app. */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        app.destroy();
        if (!app.waitFor(10, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
    }

    /** The baseline: a static file through the same server and router. */
    @Benchmark
    public int bareHandler(Client client) throws IOException, InterruptedException {
        return check(client.http.send(HttpRequest.newBuilder(base.resolve("/assets/favicon.svg")).build(),
                HttpResponse.BodyHandlers.ofString()), 200);
    }

    /** A project's page. */
    @Benchmark
    public int projectPage(Client client) throws IOException, InterruptedException {
        return check(client.http.send(HttpRequest.newBuilder(base.resolve("/projects/" + DEMONSTRATION)).build(),
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
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.statusCode();
    }
}
