package uk.nhs.coproduction.app.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.app.alwaysevents.Database;
import uk.nhs.coproduction.app.catalog.OverlayOption;
import uk.nhs.coproduction.app.web.oidc.OidcPages;
import uk.nhs.coproduction.app.web.oidc.OidcSettings;
import uk.nhs.coproduction.app.web.oidc.PendingSignIns;
import uk.nhs.coproduction.app.web.oidc.SignedInSink;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.WebServer;

/**
 * {@code serve [--port 8080] [--host localhost] [--data DIR] [--store file|jdbc:postgresql://...]
 * [--overlay FILE]}: the web app, until Ctrl+C. With {@code --store jdbc:postgresql://...} the
 * projects are kept in PostgreSQL, and any number of instances can serve them together.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serve the web app: the resources catalogue, the co-production health check, the Always Events projects "
                    + "in the data directory and the reliability run chart, with their JSON API under /api.",
            "While it runs, serve is the only program that uses the data directory: stop it before using the "
                    + "always-events commands on the same directory, or give them another --data.",
            "With --store jdbc:postgresql://host/database the projects are kept in PostgreSQL instead, and several "
                    + "instances of serve (behind a load balancer) can share them; the password comes from the "
                    + "environment variable " + Database.PASSWORD_VARIABLE + ". Copy a data directory there first "
                    + "with always-events migrate.",
            "It listens on localhost only unless --host says otherwise; it has no sign-in, so listen elsewhere only "
                    + "on a network you trust. Stop it with Ctrl+C."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", "2:bad options: a port in use or out of range, an unknown host, a data "
                + "directory that is not a writable folder, or an overlay file that is not valid", "3:the --store "
                + "database could not be used"},
        footer = {"", "Example: serve --port 8080 --data ./data", "", AlwaysEvents.TRADEMARK_NOTICE})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on, 1 to 65535, or 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, reachable from this machine only).")
    private String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where the Always Events projects are kept (default: ./${DEFAULT-VALUE}); created when "
                    + "first needed.")
    private Path data;

    @Option(names = "--store", paramLabel = "STORE", defaultValue = "file",
            description = "Where the projects are kept: file (default: one JSON Lines file per project in --data) or a "
                    + "PostgreSQL database, jdbc:postgresql://host:port/database, that other instances may share.")
    private String store = "file";

    @Option(names = "--db-user", paramLabel = "USER",
            description = "The database user for --store jdbc:... (default: the URL's, or the driver's).")
    private @Nullable String dbUser;

    @Option(names = "--oidc-issuer", paramLabel = "URL",
            description = "Sign in with your organisation: the OpenID Connect provider's issuer URL (its discovery "
                    + "document is at URL/.well-known/openid-configuration). Needs --oidc-client-id.")
    private @Nullable String oidcIssuer;

    @Option(names = "--oidc-client-id", paramLabel = "ID",
            description = "The client id the provider registered for this app. The client secret, if it gave one, "
                    + "comes from the environment variable " + OidcSettings.CLIENT_SECRET_VARIABLE
                    + ", never from the command line.")
    private @Nullable String oidcClientId;

    @Option(names = "--oidc-redirect-uri", paramLabel = "URL",
            description = "The redirect URI registered with the provider: this app's public address followed by "
                    + OidcSettings.CALLBACK_PATH + " (default: the address the browser used).")
    private @Nullable String oidcRedirectUri;

    @Option(names = "--oidc-scopes", paramLabel = "SCOPES",
            description = "The scopes to ask for, separated by commas or spaces (default: openid profile).")
    private @Nullable String oidcScopes;

    @Option(names = "--oidc-roles-claim", paramLabel = "CLAIM",
            description = "The ID token claim that lists the person's roles, such as roles (default: none).")
    private @Nullable String oidcRolesClaim;

    @Option(names = "--oidc-clock-skew", paramLabel = "SECONDS",
            description = "The clock difference allowed when checking the ID token's times, 0 to 300 (default: 60).")
    private @Nullable String oidcClockSkew;

    @Option(names = "--oidc-config", paramLabel = "FILE",
            description = "The same settings in a properties file (issuer, client-id, client-secret, redirect-uri, "
                    + "scopes, roles-claim, clock-skew), instead of the --oidc-... options.")
    private @Nullable Path oidcConfig;

    @Mixin
    private OverlayOption overlay = new OverlayOption();

    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * What a sign-in with the organisation's provider leads to until the app keeps sessions: the
     * person is told their pseudonymous id, and nothing is stored.
     */
    private static final SignedInSink SIGN_IN = (person, request, returnTo) -> Reply.of(200, Reply.HTML,
            "<!doctype html><html lang=\"en\"><title>Signed in</title><p>Your organisation signed you in as "
                    + person.actor().value() + ". This app does not keep sessions yet, so nothing more happens."
                    + "</p><p><a href=\"/\">Home</a></p></html>");

    /** For picocli. */
    public ServeCommand() {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            throw bad("--port must be 0 to 65535, was " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw bad("--host '" + host + "' is not an address or a known host name");
        }
        DataDirectory directory = DataDirectory.at(data);
        var problem = directory.problem();
        if (problem.isPresent()) {
            throw bad("--data " + problem.get());
        }
        OidcSettings oidc = oidcSettings();
        CatalogSnapshot catalog = null;
        if (overlay.isGiven()) {
            catalog = overlay.snapshot(err);
            if (catalog == null) {
                return CommandLine.ExitCode.USAGE;
            }
        }
        CatalogSnapshot checked = catalog;
        if (!"file".equals(store) && !Database.isJdbcUrl(store)) {
            throw bad("--store must be file or a jdbc:postgresql://host:port/database URL");
        }
        Database database = null;
        PostgresEventStore shared = null;
        if (Database.isJdbcUrl(store)) {
            database = Database.at(store, dbUser, 10);
            try {
                shared = PostgresEventStore.open(database.dataSource());
            } catch (EventStoreException e) {
                database.close();
                err.println("serve: --store " + database.describe() + ": " + e.getMessage());
                return 3;
            }
        }
        WebApp app;
        try {
            app = WebApp.start(new InetSocketAddress(address, port), directory,
                    () -> checked != null ? checked : OverlayOption.national(), WebServer.IDLE_TIMEOUT, shared,
                    oidc == null ? null : new OidcPages(oidc, new PendingSignIns(Clock.systemUTC()), SIGN_IN));
        } catch (BindException e) {
            closeQuietly(shared, database);
            throw bad("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "): the port may be in use; "
                    + "stop the other program or choose another with --port");
        }
        PostgresEventStore sharedStore = shared;
        Database pool = database;
        Thread hook = new Thread(() -> {
            app.stop();
            closeQuietly(sharedStore, pool);
            stopped.countDown();
        }, "stop-web-app");
        Runtime.getRuntime().addShutdownHook(hook);
        MemoryDefaults.applyLater(3_000);
        out.println("The NHS co-production app is at " + app.address() + " (" + (database != null
                ? "projects: " + database.describe() : "data: " + directory.root()) + "). Stop with Ctrl+C.");
        if (!address.isLoopbackAddress()) {
            err.println("Listening on " + host + ": anyone who can reach this machine on port " + app.port()
                    + " can use the app, which has no sign-in.");
        }
        out.flush();
        err.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            app.stop();
            closeQuietly(sharedStore, pool);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping: the hook is running now
            }
        }
        return CommandLine.ExitCode.OK;
    }

    /** The sign-in settings the options or file give, or null when neither asks for OpenID Connect. */
    private @Nullable OidcSettings oidcSettings() {
        Map<String, String> values = new LinkedHashMap<>();
        putIfGiven(values, "issuer", oidcIssuer);
        putIfGiven(values, "client-id", oidcClientId);
        putIfGiven(values, "redirect-uri", oidcRedirectUri);
        putIfGiven(values, "scopes", oidcScopes);
        putIfGiven(values, "roles-claim", oidcRolesClaim);
        putIfGiven(values, "clock-skew", oidcClockSkew);
        if (oidcConfig != null && !values.isEmpty()) {
            throw bad("give either --oidc-config or the other --oidc-... options, not both");
        }
        if (oidcConfig == null && values.isEmpty()) {
            return null;
        }
        OidcSettings settings;
        try {
            settings = oidcConfig != null ? OidcSettings.read(oidcConfig) : OidcSettings.from(values, "--oidc-");
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        } catch (IOException e) {
            throw bad("--oidc-config " + oidcConfig + " cannot be read: " + e.getMessage());
        }
        String secret = System.getenv(OidcSettings.CLIENT_SECRET_VARIABLE);
        if (secret != null && !secret.isBlank() && !settings.hasClientSecret()) {
            settings = settings.withClientSecret(secret.strip().toCharArray());
        }
        return settings;
    }

    private static void putIfGiven(Map<String, String> values, String key, @Nullable String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static void closeQuietly(@Nullable PostgresEventStore shared, @Nullable Database database) {
        if (shared != null) {
            shared.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
