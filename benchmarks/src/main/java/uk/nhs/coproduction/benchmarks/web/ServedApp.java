package uk.nhs.coproduction.benchmarks.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example app's own jar started with {@code serve} on a free port and a data folder, and
 * signed in to as a user would: its first QI lead is made through the set-up link {@code serve}
 * prints, and that lead makes a personal API token. Pages are then fetched with the session
 * cookie, and {@code /api/…} calls with the token, so the figures include the sign-in checks every
 * request passes.
 *
 * <p>The jar is {@code examples/coproduction-app/target/coproduction-app.jar}, or the system
 * property {@code app.jar}: build it first ({@code ./mvnw -q package -DskipTests}) and run from the
 * project's folder.
 */
public final class ServedApp implements AutoCloseable {

    private static final Pattern SET_UP = Pattern.compile("(/setup\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("id=\"new-token\">(cpa_[A-Za-z0-9_-]+)<");
    private static final String PASSWORD = "benchmark password, long enough";

    private final Process process;
    private final URI base;
    private final Path log;
    private final String session;
    private final String token;

    private ServedApp(Process process, URI base, Path log, String session, String token) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.session = session;
        this.token = token;
    }

    /**
     * Starts the app on {@code data} (a folder of project logs, made if absent), waits until it
     * answers, and signs in.
     *
     * @param data the {@code --data} folder
     * @param log where the app's output goes
     */
    public static ServedApp start(Path data, Path log) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "examples/coproduction-app/target/coproduction-app.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no app jar at " + jar.toAbsolutePath() + ": build it with ./mvnw -q "
                    + "package -DskipTests, run from the project's folder, or set -Dapp.jar");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "serve", "--port",
                Integer.toString(port), "--data", data.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI base = URI.create("http://localhost:" + port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Matcher link;
        while (true) {
            link = SET_UP.matcher(Files.readString(log));
            if (link.find()) {
                break;
            }
            if (System.nanoTime() > deadline || !process.isAlive()) {
                process.destroyForcibly();
                throw new IllegalStateException("the app did not start or printed no set-up link: see " + log);
            }
            Thread.sleep(50);
        }
        try {
            HttpResponse<String> form = check(http.send(HttpRequest.newBuilder(base.resolve(link.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString()), 200);
            String preSignIn = cookie(form, "coproduction_presignin");
            String setUpToken = link.group(1).substring(link.group(1).indexOf('=') + 1);
            HttpResponse<String> made = check(http.send(HttpRequest.newBuilder(base.resolve("/setup"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "coproduction_presignin=" + preSignIn)
                    .POST(HttpRequest.BodyPublishers.ofString(form("csrf", csrf(form), "token", setUpToken, "id",
                            "bench-lead", "password", PASSWORD))).build(), HttpResponse.BodyHandlers.ofString()), 303);
            String session = cookie(made, "coproduction_session");
            HttpResponse<String> account = check(http.send(HttpRequest.newBuilder(base.resolve("/account"))
                    .header("Cookie", "coproduction_session=" + session).build(),
                    HttpResponse.BodyHandlers.ofString()), 200);
            HttpResponse<String> tokenPage = check(http.send(HttpRequest.newBuilder(base.resolve("/account/tokens"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "coproduction_session=" + session)
                    .POST(HttpRequest.BodyPublishers.ofString(form("csrf", csrf(account), "label", "benchmark")))
                    .build(), HttpResponse.BodyHandlers.ofString()), 201);
            Matcher token = TOKEN.matcher(tokenPage.body());
            if (!token.find()) {
                throw new IllegalStateException("the account page showed no new API token");
            }
            return new ServedApp(process, base, log, session, token.group(1));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** {@return a GET of {@code path} as the signed-in lead: the session cookie, or the token for the API} */
    public HttpRequest get(String path) {
        return signedIn(HttpRequest.newBuilder(base.resolve(path)), path).build();
    }

    /** {@return a POST of JSON to an API call, with the lead's token} */
    public HttpRequest postJson(String path, String json) {
        return signedIn(HttpRequest.newBuilder(base.resolve(path)), path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest.Builder signedIn(HttpRequest.Builder request, String path) {
        return path.startsWith("/api/") ? request.header("Authorization", "Bearer " + token)
                : request.header("Cookie", "coproduction_session=" + session);
    }

    /** {@return where the app's output goes} */
    public Path log() {
        return log;
    }

    /** {@return {@code response}, if its status is {@code expected}; else an exception naming both} */
    public static <T> HttpResponse<T> check(HttpResponse<T> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException(response.request().uri() + " set no cookie " + name));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher found = CSRF.matcher(page.body());
        if (!found.find()) {
            throw new IllegalStateException(page.request().uri() + " has no form token");
        }
        return found.group(1);
    }

    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i],
                    StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(namesAndValues[i + 1],
                    StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** Stops the app. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
