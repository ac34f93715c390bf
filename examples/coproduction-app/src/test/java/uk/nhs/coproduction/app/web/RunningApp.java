package uk.nhs.coproduction.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.app.web.oidc.OidcPages;
import uk.nhs.coproduction.app.web.server.WebServer;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.federation.Federation;
import uk.nhs.coproduction.catalog.federation.Overlay;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.resource.Annotation;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Topic;

/**
 * The web app running on a free port of the loopback address for the tests of one class, as a
 * JUnit extension ({@code @RegisterExtension static final RunningApp app = new RunningApp();}):
 * the national catalogue with a small local overlay that adds a PDF (so link labels show) and a
 * note on a national resource. {@link #withProjects} first puts Always Events projects in its data
 * directory through the library's public API, as a user's own code would.
 */
public final class RunningApp implements BeforeAllCallback, AfterAllCallback {

    /** Puts projects in a new data directory before the app starts. */
    @FunctionalInterface
    public interface Seed {
        /** Records what the tests need, with the standard workflow. */
        void into(AlwaysEventProjects projects);
    }

    /** The local resource the overlay adds: a 12-page PDF of 1,289,748 bytes. */
    public static final String LOCAL_ID = "demo:calm-at-night-guide";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final @Nullable Seed seed;
    private @Nullable Supplier<OidcPages> oidc;
    private @Nullable WebApp app;
    private @Nullable Path data;

    /**
     * The app with sign-in by an organisation's OpenID Connect provider: {@code oidc} is called
     * when the app starts, after the extensions registered before this one (such as the provider).
     */
    public static RunningApp withOidc(Supplier<OidcPages> oidc) {
        RunningApp app = new RunningApp(null);
        app.oidc = oidc;
        return app;
    }

    /** The app with an empty data directory (not created until something is saved). */
    public RunningApp() {
        this(null);
    }

    private RunningApp(@Nullable Seed seed) {
        this.seed = seed;
    }

    /** The app over a data directory that already holds the projects {@code seed} records. */
    public static RunningApp withProjects(Seed seed) {
        return new RunningApp(seed);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        data = Files.createTempDirectory("web-data-").resolve("data");
        if (seed != null) {
            try (FileEventStore store = FileEventStore.open(data)) {
                seed.into(AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Clock.systemUTC()));
            }
        }
        app = WebApp.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), DataDirectory.at(data),
                RunningApp::catalogue, WebServer.IDLE_TIMEOUT, null, oidc == null ? null : oidc.get());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            app.stop();
        }
    }

    private WebApp app() {
        return Objects.requireNonNull(app, "the app starts before the class's tests");
    }

    /** The national catalogue with the test overlay merged in. */
    static CatalogSnapshot catalogue() {
        Resource guide = Resource.builder(ResourceId.parse(LOCAL_ID))
                .title("Calm at night: a ward guide")
                .summary("How one ward co-designed quieter nights with patients, and kept it up.")
                .kind(Kind.GUIDE)
                .audiences(List.of(Audience.STAFF))
                .topics(List.of(Topic.of("co-production")))
                .publisher("Example Trust")
                .formats(List.of(Format.of(Format.PDF).withUrl(URI.create("https://example.org/calm-at-night.pdf"))
                        .withByteSize(1_289_748L).withPageCount(12)))
                .build();
        Overlay overlay = new Overlay(CatalogInfo.of("demo", "Example Trust's resources", "1"), List.of(guide), Set.of(),
                List.of(new Annotation(ResourceId.parse("nhse:always-events-toolkit"), "demo",
                        "Our QI team has printed copies.")));
        return Federation.merge(CatalogJson.national(), List.of(overlay), VocabulariesJson.bundled(), null);
    }

    /** An address on the app, such as {@code /catalogue?q=pdsa}. */
    public URI uri(String pathAndQuery) {
        return app().address().resolve(pathAndQuery);
    }

    /** The app's home page address. */
    public URI address() {
        return app().address();
    }

    /** The data directory the app was given (not created until something is saved). */
    public Path data() {
        return Objects.requireNonNull(data);
    }

    /** A GET. */
    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A POST of JSON. */
    public HttpResponse<String> postJson(String pathAndQuery, String json) {
        return post(pathAndQuery, "application/json", json);
    }

    /** A POST of a urlencoded form, as a browser sends it; name and value alternate. */
    public HttpResponse<String> postForm(String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(java.net.URLEncoder.encode(namesAndValues[i],
                    StandardCharsets.UTF_8)).append('=').append(java.net.URLEncoder.encode(namesAndValues[i + 1],
                    StandardCharsets.UTF_8));
        }
        return post(path, "application/x-www-form-urlencoded", body.toString());
    }

    /** A POST of text with a media type. */
    public HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** Sends a request. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
