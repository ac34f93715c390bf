package uk.nhs.coproduction.app.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.app.web.boardreport.BoardReportPages;
import uk.nhs.coproduction.alwaysevents.access.AccessPolicy;
import uk.nhs.coproduction.app.web.accounts.Accounts;
import uk.nhs.coproduction.app.web.catalog.CatalogApi;
import uk.nhs.coproduction.app.web.catalog.CatalogPages;
import uk.nhs.coproduction.app.web.goals.GoalsPages;
import uk.nhs.coproduction.app.web.healthcheck.HealthCheckApi;
import uk.nhs.coproduction.app.web.healthcheck.HealthCheckPages;
import uk.nhs.coproduction.app.web.healthcheck.HealthCheckService;
import uk.nhs.coproduction.app.web.portfolio.PortfolioPages;
import uk.nhs.coproduction.app.web.oidc.AccountSignIn;
import uk.nhs.coproduction.app.web.oidc.OidcPages;
import uk.nhs.coproduction.app.web.oidc.PendingSignIns;
import uk.nhs.coproduction.app.web.oidc.OidcSettings;
import uk.nhs.coproduction.app.web.projects.ProjectApi;
import uk.nhs.coproduction.app.web.projects.ProjectPages;
import uk.nhs.coproduction.app.web.projects.ProjectStore;
import uk.nhs.coproduction.app.web.reliability.MeasurementApi;
import uk.nhs.coproduction.app.web.reliability.RunChartPages;
import uk.nhs.coproduction.app.web.server.Prepared;
import uk.nhs.coproduction.app.web.server.Router;
import uk.nhs.coproduction.app.web.server.StaticAssets;
import uk.nhs.coproduction.app.web.server.Templates;
import uk.nhs.coproduction.app.web.server.WebServer;
import uk.nhs.coproduction.app.web.signin.FirstRun;
import uk.nhs.coproduction.app.web.signin.Gate;
import uk.nhs.coproduction.app.web.signin.SignInPages;
import uk.nhs.coproduction.app.web.signin.SignInSettings;
import uk.nhs.coproduction.app.web.signin.Sessions;
import uk.nhs.coproduction.app.web.site.HomePage;
import uk.nhs.coproduction.app.web.site.SiteErrorPages;

/**
 * The web app: every page and API route on Jetty's core server ({@link WebServer}).
 *
 * <p>It starts in well under a second: the home page needs only the templates. What is costly (the
 * catalogue's search index, the validator behind the health check and the projects' commands) is
 * made on a background thread once the server listens, and a request that needs it first waits for
 * it. The projects' file store in the data directory is opened by the first request about projects,
 * and closed when the app stops.
 *
 * <h2>Routes</h2>
 * <pre>
 * GET  /                              home
 * GET  /catalogue, /catalogue/{slug}  catalogue search and resource pages
 * GET  /health-check, POST            health-check form and report
 * GET  /run-chart, POST               reliability run chart
 * GET  /projects, POST                Always Events projects; start one
 * POST /projects/load-demonstration   load the Humber demonstration project
 * GET  /projects/{id}                 a project's page
 * POST /projects/{id}/measurements    record a period's measurement
 * POST /projects/{id}/transitions/{t} take a step of the workflow
 * POST /projects/{id}/commands/{c}    record what a command form says (sponsor, team, PDSA, …)
 * GET  /goals, POST /goals/staff-survey the national goals; import Staff Survey results (CSV)
 * GET  /projects/{id}/board-report    a project's board report, printable; .pdf for the PDF
 * GET  /portfolio/board-report        the portfolio's board report, printable; .pdf for the PDF
 * GET  /api                           the API's endpoints
 * GET  /api/catalog/search            catalogue search
 * GET  /api/catalog/resources/{id}    one resource
 * POST /api/health-check              health check of a partnership document
 * POST /api/reliability, /api/spc     measurement analysis
 * GET  /api/projects, POST            projects; start one
 * POST /api/projects/load-demonstration
 * GET  /api/projects/{id}             a project's state, phase and version
 * GET  /api/projects/{id}/transitions every step from its phase, with verdict and reasons
 * GET  /api/projects/{id}/measures    every measure of the family, with latest value, icons and chart
 * POST /api/projects/{id}/measurements, /api/projects/{id}/transitions/{t}, /api/projects/{id}/erasures
 * GET  /portfolio, /portfolio.csv      the summary table of every project, and as CSV (?area=, ?phase=)
 * GET  /api/portfolio                 the same as JSON
 * GET  /api/projects/{id}/commands    every command the project can be given, with its fields
 * POST /api/projects/{id}/commands/{c} give the project one of them
 * GET  /api/goals                     the national goals' figures, with where they come from
 * GET  /signin, POST; POST /signout    sign in with a local account; sign out
 * GET  /setup?token=…, POST           the first account (link printed by serve)
 * GET  /projects/{id}/invitations, POST  a QI lead makes an invitation link
 * GET  /invitations/{token}, POST     the invited person chooses a password
 * GET  /account; POST /account/tokens, /account/tokens/{id}/revoke  API tokens
 * GET  /what-you-can-do               what each role can see and do, from the access policy
 * GET  /assets/{name}                 the stylesheet and icon
 * GET  /signin/oidc, /signin/oidc/callback  sign-in with an organisation's OpenID Connect provider (when set up)
 * </pre>
 * Every route passes {@link Gate} first: project and account pages need a signed-in session,
 * {@code /api/projects} a bearer token, and every form posted with a session its CSRF token.
 * A new area adds its routes in {@link #routes} and its entry in
 * {@link uk.nhs.coproduction.app.web.site.Navigation}.
 */
public final class WebApp {

    /** The largest request body accepted: 1 MB. Larger ones are answered 413. */
    public static final long BODY_LIMIT = 1024 * 1024;

    private final WebServer server;
    private final InetAddress host;
    private final DataDirectory data;
    private final ProjectStore projects;
    private final Accounts accounts;
    private final Sessions sessions;
    private final FirstRun firstRun;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private WebApp(WebServer server, InetAddress host, DataDirectory data, ProjectStore projects, Accounts accounts,
            Sessions sessions, FirstRun firstRun) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.firstRun = firstRun;
        this.server = server;
        this.host = host;
        this.data = data;
        this.projects = projects;
    }

    /**
     * Starts the app and returns once it is listening.
     *
     * @param address where to listen (port 0 for any free port)
     * @param data the data directory (not created until something is saved)
     * @param catalog makes the catalogue snapshot to serve (called once, in the background)
     * @throws IOException if the address cannot be bound (for example, the port is in use)
     */
    public static WebApp start(InetSocketAddress address, DataDirectory data, Supplier<CatalogSnapshot> catalog)
            throws IOException {
        return start(address, data, catalog, WebServer.IDLE_TIMEOUT);
    }

    /**
     * Starts the app with another idle timeout, for tests of slow clients.
     *
     * @param address where to listen (port 0 for any free port)
     * @param data the data directory (not created until something is saved)
     * @param catalog makes the catalogue snapshot to serve (called once, in the background)
     * @param idleTimeout how long a connection may send nothing before it is closed
     * @throws IOException if the address cannot be bound (for example, the port is in use)
     */
    public static WebApp start(InetSocketAddress address, DataDirectory data, Supplier<CatalogSnapshot> catalog,
            Duration idleTimeout) throws IOException {
        return start(address, data, catalog, idleTimeout, null);
    }

    /**
     * Starts the app with its projects in {@code shared}, a store other instances may share
     * (PostgreSQL), or in the data directory's file store when it is null.
     *
     * @param address where to listen (port 0 for any free port)
     * @param data the data directory (not used for projects when {@code shared} is given)
     * @param catalog makes the catalogue snapshot to serve (called once, in the background)
     * @param idleTimeout how long a connection may send nothing before it is closed
     * @param shared the projects' store, closed by the caller after {@link #stop()}; or null
     * @throws IOException if the address cannot be bound (for example, the port is in use)
     */
    public static WebApp start(InetSocketAddress address, DataDirectory data, Supplier<CatalogSnapshot> catalog,
            Duration idleTimeout, @Nullable EventStore shared) throws IOException {
        return start(address, data, catalog, idleTimeout, shared, SignInSettings.defaults(), AccessPolicy.bundled());
    }

    /**
     * Starts the app with its sign-in settings and access policy.
     *
     * @param address where to listen (port 0 for any free port)
     * @param data the data directory (projects, unless {@code shared} is given, and accounts)
     * @param catalog makes the catalogue snapshot to serve (called once, in the background)
     * @param idleTimeout how long a connection may send nothing before it is closed
     * @param shared the projects' store, closed by the caller after {@link #stop()}; or null
     * @param signIn the sessions' time-outs, cookies, failure limits and clock
     * @param policy who may give which command on a project
     * @throws IOException if the address cannot be bound (for example, the port is in use)
     */
    public static WebApp start(InetSocketAddress address, DataDirectory data, Supplier<CatalogSnapshot> catalog,
            Duration idleTimeout, @Nullable EventStore shared, SignInSettings signIn, AccessPolicy policy)
            throws IOException {
        return start(address, data, catalog, idleTimeout, shared, signIn, policy, null);
    }

    /**
     * Starts the app with its sign-in settings and access policy and, when {@code oidc} is given,
     * sign-in with an organisation's OpenID Connect provider.
     *
     * @param address where to listen (port 0 for any free port)
     * @param data the data directory (projects, unless {@code shared} is given, and accounts)
     * @param catalog makes the catalogue snapshot to serve (called once, in the background)
     * @param idleTimeout how long a connection may send nothing before it is closed
     * @param shared the projects' store, closed by the caller after {@link #stop()}; or null
     * @param signIn the sessions' time-outs, cookies, failure limits and clock
     * @param policy who may give which command on a project
     * @param oidc the organisation's provider and client; or null for local accounts only
     * @throws IOException if the address cannot be bound (for example, the port is in use)
     */
    public static WebApp start(InetSocketAddress address, DataDirectory data, Supplier<CatalogSnapshot> catalog,
            Duration idleTimeout, @Nullable EventStore shared, SignInSettings signIn, AccessPolicy policy,
            @Nullable OidcSettings oidc) throws IOException {
        Templates templates = Templates.precompiled();
        Prepared<CatalogSnapshot> snapshot = Prepared.of("catalogue", () -> catalog.get().prepareSearch());
        Prepared<HealthCheckService> healthCheck = Prepared.of("health check", HealthCheckService::standard);
        ProjectStore projects = new ProjectStore(data, signIn.clock(), shared, policy);
        Accounts accounts = Accounts.in(data, signIn.clock());
        Sessions sessions = new Sessions(signIn);
        FirstRun firstRun = new FirstRun(accounts);
        Router router = new Router(new SiteErrorPages(templates), isLoopback(address.getAddress()), BODY_LIMIT);
        router.filter(new Gate(sessions, accounts));
        routes(router, templates, snapshot, healthCheck);
        projectRoutes(router, templates, projects);
        new SignInPages(sessions, accounts, firstRun, projects, policy, templates, oidc != null).routes(router);
        if (oidc != null) {
            OidcPages pages = new OidcPages(oidc, new PendingSignIns(signIn.clock()),
                    new AccountSignIn(accounts, sessions, signIn.clock()));
            router.get(OidcPages.START_PATH, pages::begin)
                    .get(OidcSettings.CALLBACK_PATH, pages::callback);
        }

        WebServer server = WebServer.start(address, router, idleTimeout);
        Thread warm = new Thread(() -> {
            snapshot.get();
            healthCheck.get();
            WorkflowDefinition.standard();
        }, "prepare");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        return new WebApp(server, address.getAddress(), data, projects, accounts, sessions, firstRun);
    }

    private static void routes(Router router, Templates templates, Prepared<CatalogSnapshot> snapshot,
            Prepared<HealthCheckService> healthCheck) {
        CatalogPages catalogPages = new CatalogPages(snapshot, templates);
        CatalogApi catalogApi = new CatalogApi(snapshot);
        HealthCheckPages healthCheckPages = new HealthCheckPages(healthCheck, templates);
        HealthCheckApi healthCheckApi = new HealthCheckApi(healthCheck);
        RunChartPages runChart = new RunChartPages(templates);
        MeasurementApi measurements = new MeasurementApi();
        router.get("/", new HomePage(templates))
                .get("/assets/{name}", new StaticAssets())
                .get("/catalogue", catalogPages::search)
                .get("/catalogue/{slug}", catalogPages::resource)
                .get("/health-check", healthCheckPages::form)
                .post("/health-check", healthCheckPages::submit)
                .get("/run-chart", runChart::form)
                .post("/run-chart", runChart::submit)
                .get("/api", ApiIndex::handle)
                .get("/api/catalog/search", catalogApi::search)
                .get("/api/catalog/resources/{id}", catalogApi::resource)
                .post("/api/health-check", healthCheckApi::check)
                .post("/api/reliability", measurements::reliability)
                .post("/api/spc", measurements::spc);
    }

    private static void projectRoutes(Router router, Templates templates, ProjectStore projects) {
        ProjectPages pages = new ProjectPages(projects, templates);
        ProjectApi api = new ProjectApi(projects);
        BoardReportPages boardReports = new BoardReportPages(projects, templates);
        router.get("/projects", pages::list)
                .post("/projects", pages::start)
                .post("/projects/load-demonstration", pages::loadDemonstration)
                .get("/projects/{id}", pages::project)
                .post("/projects/{id}/measurements", pages::recordMeasurement)
                .post("/projects/{id}/transitions/{transition}", pages::takeStep)
                .post("/projects/{id}/commands/{command}", pages::command)
                .get("/projects/{id}/board-report", boardReports::project)
                .get("/projects/{id}/board-report.pdf", boardReports::projectPdf)
                .get("/portfolio/board-report", boardReports::portfolio)
                .get("/portfolio/board-report.pdf", boardReports::portfolioPdf)
                .get("/api/projects", api::list)
                .post("/api/projects", api::start)
                .post("/api/projects/load-demonstration", api::loadDemonstration)
                .get("/api/projects/{id}", api::project)
                .get("/api/projects/{id}/transitions", api::transitions)
                .get("/api/projects/{id}/measures", api::measures)
                .post("/api/projects/{id}/measurements", api::recordMeasurement)
                .post("/api/projects/{id}/transitions/{transition}", api::takeStep)
                .get("/api/projects/{id}/commands", api::commands)
                .post("/api/projects/{id}/commands/{command}", api::command)
                .post("/api/projects/{id}/erasures", api::erase);
        PortfolioPages portfolio = new PortfolioPages(projects, templates);
        router.get("/portfolio", portfolio::page)
                .get("/portfolio.csv", portfolio::csv)
                .get("/api/portfolio", portfolio::api);
        GoalsPages goals = new GoalsPages(projects, templates);
        router.get("/goals", goals::page)
                .post("/goals/staff-survey", goals::upload)
                .get("/api/goals", goals::api);
    }

    /** Whether an address is the loopback address (only this machine can connect). */
    static boolean isLoopback(InetAddress address) {
        return address.isLoopbackAddress();
    }

    /** The port the app listens on. */
    public int port() {
        return server.port();
    }

    /** The app's home page, such as {@code http://localhost:8080/}. */
    public URI address() {
        String name = host.isLoopbackAddress() || host.isAnyLocalAddress() ? "localhost" : host.getHostAddress();
        return URI.create("http://" + name + ":" + port() + "/");
    }

    /** The accounts, invitations and API tokens, in the data directory. */
    public Accounts accounts() {
        return accounts;
    }

    /** The signed-in sessions. */
    public Sessions sessions() {
        return sessions;
    }

    /** The first-run set-up link's address, while the app has no account yet. */
    public java.util.Optional<URI> setUpLink() {
        return firstRun.setUpPath().map(path -> address().resolve(path));
    }

    /** The data directory. */
    public DataDirectory data() {
        return data;
    }

    /**
     * Stops listening, gives requests in progress up to two seconds to finish, stops the threads and
     * closes the projects' store, which frees the data directory for other programs.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            server.stop();
        } finally {
            projects.close();
        }
    }
}
