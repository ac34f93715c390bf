package uk.nhs.coproduction.app.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.access.AccessPolicy;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.app.web.server.WebServer;
import uk.nhs.coproduction.app.web.signin.SignInSettings;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.app.web.oidc.OidcSettings;
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
 *
 * <p>The helpers ({@link #get}, {@link #postForm}, {@link #postJson}, {@link #post}, {@link #send})
 * act as {@link #TEST_ACCOUNT}, signed in through the sign-in page with every assignable role on
 * every project: they send its session cookie and CSRF token with pages and its API token with
 * API calls. {@link #anonymous()} and {@link #as} give clients for other people.
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

    /** The account every test signs in as unless it asks for another: every assignable role, everywhere. */
    public static final String TEST_ACCOUNT = "test-lead";

    private final @Nullable Seed seed;
    private final TestClock clock = new TestClock();
    private @Nullable Supplier<OidcSettings> oidc;
    private @Nullable WebApp app;
    private @Nullable SignedInClient signedIn;
    private @Nullable Path data;

    /**
     * The app with sign-in by an organisation's OpenID Connect provider: {@code oidc} is called
     * when the app starts, after the extensions registered before this one (such as the provider).
     */
    public static RunningApp withOidc(Supplier<OidcSettings> oidc) {
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
                RunningApp::catalogue, WebServer.IDLE_TIMEOUT, null, SignInSettings.defaults().withClock(clock),
                AccessPolicy.bundled(), oidc == null ? null : oidc.get());
        signedIn = SignedInClient.signIn(app, TEST_ACCOUNT, assignable());
    }

    /** Every role the organisation can assign. */
    static ProjectRole[] assignable() {
        return java.util.Arrays.stream(ProjectRole.values()).filter(ProjectRole::isAssigned).toArray(ProjectRole[]::new);
    }

    /** The running app itself. */
    public WebApp webApp() {
        return app();
    }

    /** The clock the app's sessions, invitations and records are timed by; move it to expire them. */
    public TestClock clock() {
        return clock;
    }

    /** The client signed in as {@link #TEST_ACCOUNT}, which the helpers here use. */
    public SignedInClient client() {
        return Objects.requireNonNull(signedIn, "the app starts before the class's tests");
    }

    /** A client that is not signed in. */
    public SignedInClient anonymous() {
        return SignedInClient.anonymous(app().address());
    }

    /**
     * A client signed in as {@code id}, whose account is made with these organisation-wide roles
     * if it does not exist yet (none: a partner, whose roles come from the project).
     */
    public SignedInClient as(String id, ProjectRole... roles) {
        return SignedInClient.signIn(app(), id, roles);
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
    public static CatalogSnapshot catalogue() {
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

    /**
     * The files in the data directory other than the accounts file, which signing the test
     * account in writes, and the file store's lock, which reading the projects takes: what the
     * app saved about projects.
     */
    public java.util.List<Path> savedFiles() {
        if (!Files.isDirectory(data())) {
            return java.util.List.of();
        }
        try (var files = Files.list(data())) {
            return files.filter(f -> !f.getFileName().toString().equals(
                    uk.nhs.coproduction.app.web.accounts.Accounts.FILE))
                    .filter(f -> !f.getFileName().toString().equals(".always-events.lock")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A GET, signed in. */
    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        return client().get(pathAndQuery, headers);
    }

    /** A GET whose body is kept as bytes, such as a PDF, signed in. */
    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return client().getBytes(pathAndQuery);
    }

    /** A POST of JSON, with the API token. */
    public HttpResponse<String> postJson(String pathAndQuery, String json) {
        return client().postJson(pathAndQuery, json);
    }

    /** A POST of a urlencoded form, as a browser sends it, signed in; name and value alternate. */
    public HttpResponse<String> postForm(String path, String... namesAndValues) {
        return client().postForm(path, namesAndValues);
    }

    /** A POST of text with a media type, signed in. */
    public HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return client().post(pathAndQuery, contentType, body);
    }

    /** Sends a request, signed in (the cookie and CSRF token on pages, the API token on /api). */
    public HttpResponse<String> send(HttpRequest request) {
        return client().send(request);
    }
}
