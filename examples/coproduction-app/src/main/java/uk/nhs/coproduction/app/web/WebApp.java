package uk.nhs.coproduction.app.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.app.web.catalog.CatalogApi;
import uk.nhs.coproduction.app.web.catalog.CatalogPages;
import uk.nhs.coproduction.app.web.healthcheck.HealthCheckApi;
import uk.nhs.coproduction.app.web.healthcheck.HealthCheckPages;
import uk.nhs.coproduction.app.web.healthcheck.HealthCheckService;
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
 * GET  /api/projects/{id}/commands    every command the project can be given, with its fields
 * POST /api/projects/{id}/commands/{c} give the project one of them
 * GET  /assets/{name}                 the stylesheet and icon
 * </pre>
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
    private final AtomicBoolean stopped = new AtomicBoolean();

    private WebApp(WebServer server, InetAddress host, DataDirectory data, ProjectStore projects) {
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
        Templates templates = Templates.precompiled();
        Prepared<CatalogSnapshot> snapshot = Prepared.of("catalogue", () -> catalog.get().prepareSearch());
        Prepared<HealthCheckService> healthCheck = Prepared.of("health check", HealthCheckService::standard);
        ProjectStore projects = new ProjectStore(data, Clock.systemUTC(), shared);
        Router router = new Router(new SiteErrorPages(templates), isLoopback(address.getAddress()), BODY_LIMIT);
        routes(router, templates, snapshot, healthCheck);
        projectRoutes(router, templates, projects);

        WebServer server = WebServer.start(address, router, idleTimeout);
        Thread warm = new Thread(() -> {
            snapshot.get();
            healthCheck.get();
            WorkflowDefinition.standard();
        }, "prepare");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        return new WebApp(server, address.getAddress(), data, projects);
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
        router.get("/projects", pages::list)
                .post("/projects", pages::start)
                .post("/projects/load-demonstration", pages::loadDemonstration)
                .get("/projects/{id}", pages::project)
                .post("/projects/{id}/measurements", pages::recordMeasurement)
                .post("/projects/{id}/transitions/{transition}", pages::takeStep)
                .post("/projects/{id}/commands/{command}", pages::command)
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
