package uk.nhs.coproduction.app.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
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
import java.time.Duration;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.access.AccessPolicy;
import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.app.alwaysevents.Database;
import uk.nhs.coproduction.app.catalog.OverlayOption;
import uk.nhs.coproduction.app.web.oidc.OidcSettings;
import uk.nhs.coproduction.app.web.server.WebServer;
import uk.nhs.coproduction.app.web.signin.SignInSettings;

/**
 * {@code serve [--port 8080] [--host localhost] [--data DIR] [--store file|jdbc:postgresql://...]
 * [--overlay FILE] [--session-timeout MINUTES] [--session-lifetime HOURS] [--secure-cookies]
 * [--access-policy FILE]}: the web app, until Ctrl+C. With {@code --store jdbc:postgresql://...} the
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
            "Project pages need sign-in with an account kept in the data directory (accounts.json). On the first run, "
                    + "with no account yet, serve prints a one-time set-up link: open it to make the first QI lead, "
                    + "who invites everyone else. The JSON API's project calls need a personal API token.",
            "It listens on localhost only unless --host says otherwise. Behind a proxy that ends HTTPS, give "
                    + "--secure-cookies. Stop it with Ctrl+C."
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

    @Option(names = "--session-timeout", paramLabel = "MINUTES", defaultValue = "30",
            description = "Minutes a signed-in session lasts without a request (default: ${DEFAULT-VALUE}).")
    private long sessionMinutes = 30;

    @Option(names = "--session-lifetime", paramLabel = "HOURS", defaultValue = "12",
            description = "Hours a session lasts at most, however busy (default: ${DEFAULT-VALUE}).")
    private long sessionHours = 12;

    @Option(names = "--secure-cookies",
            description = "Always mark the session cookie Secure, as behind a proxy that ends HTTPS (it is marked "
                    + "Secure anyway on requests that reach serve over HTTPS).")
    private boolean secureCookies;

    @Option(names = "--access-policy", paramLabel = "FILE",
            description = "Your organisation's access policy (who may give which command), in the form "
                    + "AccessPolicy.toJson() writes (default: the library's bundled policy).")
    private @Nullable Path accessPolicy;

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
        if (sessionMinutes < 1 || sessionHours < 1 || sessionMinutes > sessionHours * 60) {
            throw bad("--session-timeout must be 1 minute or more, and at most --session-lifetime");
        }
        AccessPolicy policy = AccessPolicy.bundled();
        if (accessPolicy != null) {
            try {
                policy = AccessPolicy.read(accessPolicy);
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw bad("--access-policy " + e.getMessage());
            }
        }
        SignInSettings signIn = SignInSettings.defaults().withAbsoluteLifetime(Duration.ofHours(sessionHours))
                .withIdleTimeout(Duration.ofMinutes(sessionMinutes)).withSecureCookies(secureCookies);
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
                    () -> checked != null ? checked : OverlayOption.national(), WebServer.IDLE_TIMEOUT, shared, signIn,
                    policy, oidc);
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
        app.setUpLink().ifPresent(link -> out.println("No account yet. To make the first one (a QI lead), open this "
                + "one-time set-up link: " + link));
        if (!address.isLoopbackAddress() && !secureCookies) {
            err.println("Listening on " + host + " over plain HTTP: passwords and session cookies cross the network "
                    + "unencrypted. Put serve behind a proxy that ends HTTPS, and give --secure-cookies.");
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
