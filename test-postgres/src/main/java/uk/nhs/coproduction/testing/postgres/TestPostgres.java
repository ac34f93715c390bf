package uk.nhs.coproduction.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.opentest4j.TestAbortedException;

/**
 * A fresh database on a real PostgreSQL server for each caller: never a mock and never H2.
 *
 * <h2>Which server</h2>
 * <ul>
 *   <li>If the environment variable {@value #URL_VARIABLE} is set (a JDBC URL such as
 *       {@code jdbc:postgresql://localhost:5432/postgres}, with {@value #USER_VARIABLE} and
 *       {@value #PASSWORD_VARIABLE}), databases are created on that server; the user needs the
 *       right to create databases. They are dropped when the JVM exits.</li>
 *   <li>Otherwise one throwaway cluster is started per JVM with the machine's {@code initdb} and
 *       {@code pg_ctl} (found on the {@code PATH} or under {@code /usr/lib/postgresql/<highest>/bin}),
 *       in a temporary directory, on a free port of 127.0.0.1 with its Unix socket in that
 *       directory, and stopped and deleted by a shutdown hook. A cluster left behind by a JVM that
 *       was killed is stopped and deleted by the next run. As root (CI), {@code initdb} and
 *       {@code pg_ctl} run as the {@code postgres} user, which owns the directory. The cluster
 *       runs without fsync, for speed, unless the system property {@value #DURABLE_PROPERTY} is
 *       {@code true} (the benchmarks set it).</li>
 *   <li>Without either, {@link #newDatabase()} aborts the calling test (skipped with the
 *       reason, as a JUnit assumption does) saying what to install, unless the environment variable {@value #REQUIRE_VARIABLE} is
 *       {@code 1} (CI sets it), when it fails instead.</li>
 * </ul>
 *
 * <h2>Outages</h2>
 * {@link #stopServer()}, {@link #startServer()} and {@link #restartServer()} stop and start the
 * throwaway cluster on the same data directory and port, so that tests can show what code does
 * while the database is away and after it comes back.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class TestPostgres {

    /** The environment variable naming an existing server's JDBC URL. */
    public static final String URL_VARIABLE = "COPRODUCTION_TEST_POSTGRES_URL";
    /** The environment variable naming the user for {@value #URL_VARIABLE}. */
    public static final String USER_VARIABLE = "COPRODUCTION_TEST_POSTGRES_USER";
    /** The environment variable giving the password for {@value #URL_VARIABLE}. */
    public static final String PASSWORD_VARIABLE = "COPRODUCTION_TEST_POSTGRES_PASSWORD";
    /** The environment variable that, set to {@code 1}, turns a missing server into a failure. */
    public static final String REQUIRE_VARIABLE = "REQUIRE_POSTGRES_TESTS";
    /** The system property that, set to {@code true}, keeps fsync on in the throwaway cluster. */
    public static final String DURABLE_PROPERTY = "coproduction.test.postgres.durable";

    private static final String PREFIX = "coproduction-test-postgres-";
    private static final String OWNER = "owner.pid";
    private static final String SUPERUSER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String RUN = Long.toString(new java.security.SecureRandom().nextInt(Integer.MAX_VALUE), 36);

    private static @Nullable Server server;
    private static @Nullable String unavailable;

    private TestPostgres() {
    }

    /**
     * Creates a new, empty database.
     *
     * @return the database, with a data source for it
     * @throws org.opentest4j.TestAbortedException if there is no server and none is required
     * @throws IllegalStateException if there is no server and {@value #REQUIRE_VARIABLE} is 1, or
     *     the server could not be started or the database created
     */
    public static TestDatabase newDatabase() {
        Server running = server();
        // The process id and a random part keep JVMs sharing one server (COPRODUCTION_TEST_POSTGRES_URL) apart.
        String name = "test_" + ProcessHandle.current().pid() + "_" + RUN + "_" + DATABASES.incrementAndGet();
        running.execute("CREATE DATABASE " + name);
        running.created.add(name);
        String url = running.urlOf(name);
        return new TestDatabase(name, url, running.user, running.password,
                TestDatabase.dataSource(url, running.user, running.password));
    }

    /**
     * Whether a server is available (starting the throwaway cluster if needed), without aborting.
     *
     * @return true if {@link #newDatabase()} would give a database
     */
    public static boolean isAvailable() {
        synchronized (TestPostgres.class) {
            if (server == null && unavailable == null) {
                try {
                    server();
                } catch (RuntimeException e) {
                    return false;
                }
            }
            return server != null;
        }
    }

    /**
     * Stops the throwaway cluster's server, as an outage would: a fast shutdown, in which the
     * server rolls back every open transaction and ends every connection, then waits until it
     * has stopped. Its data directory and port are kept, so {@link #startServer()} brings the
     * same databases back on the same URLs. Until then every connection attempt is refused.
     *
     * <p>This stops the server for every caller in this JVM: use it only in tests that do not
     * run beside other PostgreSQL tests, and start the server again in a {@code finally}.
     *
     * @throws org.opentest4j.TestAbortedException if the server is not a throwaway cluster of
     *     this JVM's (one named by {@value #URL_VARIABLE} is never stopped), or there is none
     * @throws IllegalStateException if {@code pg_ctl stop} fails
     * @since 0.1.0
     */
    public static void stopServer() {
        Cluster cluster = ownCluster("stop");
        synchronized (cluster) {
            Cluster.run(List.of(cluster.bin.resolve("pg_ctl").toString(), "-D", cluster.data.toString(), "-m", "fast",
                    "-w", "-t", "60", "stop"), cluster.asPostgresUser, cluster.directory, "pg_ctl stop");
        }
    }

    /**
     * Starts the throwaway cluster's server again after {@link #stopServer()}, on the same data
     * directory and port, and waits until it accepts connections. Starting a server that runs
     * already does nothing.
     *
     * @throws org.opentest4j.TestAbortedException if the server is not a throwaway cluster of
     *     this JVM's, or there is none
     * @throws IllegalStateException if {@code pg_ctl start} fails
     * @since 0.1.0
     */
    public static void startServer() {
        Cluster cluster = ownCluster("start");
        synchronized (cluster) {
            if (!cluster.isRunning()) {
                cluster.startServer();
            }
        }
    }

    /**
     * Restarts the throwaway cluster's server: {@link #stopServer()} then {@link #startServer()}.
     *
     * @throws org.opentest4j.TestAbortedException if the server is not a throwaway cluster of
     *     this JVM's, or there is none
     * @throws IllegalStateException if {@code pg_ctl} fails
     * @since 0.1.0
     */
    public static void restartServer() {
        stopServer();
        startServer();
    }

    private static Cluster ownCluster(String what) {
        Cluster cluster = server().cluster;
        if (cluster == null) {
            throw new TestAbortedException("cannot " + what + " the PostgreSQL server named by " + URL_VARIABLE
                    + ": only a throwaway cluster of the tests' own is stopped and started");
        }
        return cluster;
    }

    private static synchronized Server server() {
        if (server != null) {
            return server;
        }
        if (unavailable == null) {
            String url = System.getenv(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                server = Server.existing(url.trim(), Optional.ofNullable(System.getenv(USER_VARIABLE)).orElse(SUPERUSER),
                        Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)).orElse(""));
                return server;
            }
            Optional<Path> bin = binaries();
            if (bin.isPresent()) {
                server = Server.start(bin.get());
                return server;
            }
            unavailable = "no PostgreSQL server for the tests: install Debian's postgresql package (initdb and pg_ctl "
                    + "on the PATH or under /usr/lib/postgresql/<version>/bin), or set " + URL_VARIABLE + " (with "
                    + USER_VARIABLE + " and " + PASSWORD_VARIABLE + ") to an existing server";
        }
        if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
            throw new IllegalStateException(unavailable + "; " + REQUIRE_VARIABLE + "=1, so the PostgreSQL tests must run");
        }
        throw new TestAbortedException(unavailable);
    }

    /** The directory holding initdb and pg_ctl: from the PATH, else the highest version under /usr/lib/postgresql. */
    static Optional<Path> binaries() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(java.io.File.pathSeparator)) {
                if (entry.isEmpty()) {
                    continue;
                }
                Path initdb = Path.of(entry, "initdb");
                if (Files.isExecutable(initdb)) {
                    try {
                        Path real = initdb.toRealPath().getParent();
                        if (Files.isExecutable(real.resolve("pg_ctl"))) {
                            return Optional.of(real);
                        }
                    } catch (IOException e) {
                        // not usable; look further
                    }
                }
            }
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .filter(v -> Files.isExecutable(v.resolve("bin/initdb")) && Files.isExecutable(v.resolve("bin/pg_ctl")))
                    .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The JDBC URL of database {@code name} on the server of {@code url}: the same host, port and
     * parameters, another database.
     */
    static String withDatabase(String url, String name) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(URL_VARIABLE + " must be a jdbc:postgresql: URL, not " + url.split("\\?")[0]);
        }
        try {
            URI uri = new URI(url.substring("jdbc:".length()));
            String authority = uri.getRawAuthority() == null ? "localhost" : uri.getRawAuthority();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return "jdbc:postgresql://" + authority + "/" + name + query;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(URL_VARIABLE + " is not a URL: " + e.getMessage(), e);
        }
    }

    /** A server to make databases on: an existing one, or the cluster this JVM started. */
    private static final class Server {
        final String adminUrl;
        final String user;
        final String password;
        final List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        final @Nullable Cluster cluster;

        private Server(String adminUrl, String user, String password, @Nullable Cluster cluster) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.password = password;
            this.cluster = cluster;
        }

        static Server existing(String url, String user, String password) {
            withDatabase(url, "check");
            Server existing = new Server(url, user, password, null);
            existing.execute("SELECT 1");
            Runtime.getRuntime().addShutdownHook(new Thread(existing::dropCreated, "drop test databases"));
            return existing;
        }

        static Server start(Path bin) {
            Cluster cluster = Cluster.start(bin);
            return new Server("jdbc:postgresql://127.0.0.1:" + cluster.port + "/postgres", SUPERUSER, SUPERUSER, cluster);
        }

        String urlOf(String name) {
            return withDatabase(adminUrl, name);
        }

        void execute(String sql) {
            try (Connection connection = TestDatabase.dataSource(adminUrl, user, password).getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL for tests at " + adminUrl.split("\\?")[0] + ": " + sql
                        + " failed: " + e.getMessage(), e);
            }
        }

        void dropCreated() {
            for (String name : List.copyOf(created)) {
                try {
                    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (IllegalStateException e) {
                    // best effort while the JVM exits
                }
            }
        }
    }

    /** A throwaway cluster in a temporary directory. */
    private static final class Cluster {
        final Path bin;
        final Path directory;
        final Path data;
        final int port;
        final boolean asPostgresUser;

        private Cluster(Path bin, Path directory, int port, boolean asPostgresUser) {
            this.bin = bin;
            this.directory = directory;
            this.data = directory.resolve("data");
            this.port = port;
            this.asPostgresUser = asPostgresUser;
        }

        static Cluster start(Path bin) {
            boolean root = isRoot();
            removeStale(bin, root);
            Path directory;
            try {
                directory = Files.createTempDirectory(PREFIX);
                Files.writeString(directory.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a directory for the test PostgreSQL cluster", e);
            }
            if (root) {
                run(List.of("chown", "-R", SUPERUSER + ":", directory.toString()), false, directory, "chown");
            }
            IllegalStateException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                Cluster cluster = new Cluster(bin, directory, freePort(), root);
                try {
                    if (attempt == 0) {
                        cluster.initdb();
                    }
                    cluster.startServer();
                    Runtime.getRuntime().addShutdownHook(new Thread(cluster::stopAndDelete, "stop test PostgreSQL"));
                    return cluster;
                } catch (IllegalStateException e) {
                    last = e;
                    if (!Files.isDirectory(cluster.data.resolve("base"))) {
                        break;   // initdb failed: another port will not help
                    }
                }
            }
            deleteQuietly(directory);
            throw last;
        }

        void initdb() {
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust", "-E",
                    "UTF8", "--locale=C", "--no-sync"), asPostgresUser, directory, "initdb");
        }

        void startServer() {
            boolean durable = Boolean.getBoolean(DURABLE_PROPERTY);
            String options = "-c port=" + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory
                    + " -c max_connections=200" + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", directory.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", options, "start"), asPostgresUser, directory, "pg_ctl start");
        }

        /** Whether the server runs: pg_ctl status exits with 0. */
        boolean isRunning() {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "status"), asPostgresUser, directory,
                        "pg_ctl status");
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        }

        void stopAndDelete() {
            stop(bin, data, asPostgresUser);
            deleteQuietly(directory);
        }

        static void stop(Path bin, Path data, boolean asPostgresUser) {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"),
                        asPostgresUser, data.getParent(), "pg_ctl stop");
            } catch (IllegalStateException e) {
                // already stopped, or never started
            }
        }

        /** Stops and deletes the clusters of JVMs that no longer run (killed before their shutdown hook). */
        static void removeStale(Path bin, boolean root) {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            try (DirectoryStream<Path> candidates = Files.newDirectoryStream(temp, PREFIX + "*")) {
                for (Path candidate : candidates) {
                    Path owner = candidate.resolve(OWNER);
                    long pid;
                    try {
                        pid = Long.parseLong(Files.readString(owner, StandardCharsets.UTF_8).trim());
                    } catch (IOException | NumberFormatException e) {
                        continue;
                    }
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    if (Files.exists(candidate.resolve("data/postmaster.pid"))) {
                        stop(bin, candidate.resolve("data"), root);
                    }
                    deleteQuietly(candidate);
                }
            } catch (IOException e) {
                // nothing to clean up
            }
        }

        static boolean isRoot() {
            try {
                Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
                return Integer.valueOf(0).equals(uid);
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return "root".equals(System.getProperty("user.name"));
            }
        }

        static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot find a free port for the test PostgreSQL cluster", e);
            }
        }

        /** Runs {@code command} (as the postgres user when asked), failing with its output. */
        static void run(List<String> command, boolean asPostgresUser, Path directory, String what) {
            List<String> full = new ArrayList<>();
            if (asPostgresUser) {
                full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
            }
            full.addAll(command);
            try {
                Path output = Files.createTempFile(PREFIX, ".out");
                try {
                    Process process = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true)
                            .redirectOutput(output.toFile()).start();
                    if (!process.waitFor(120, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        throw new IllegalStateException("test PostgreSQL: " + what + " did not finish in 120 s");
                    }
                    if (process.exitValue() != 0) {
                        String log = Files.readString(output, StandardCharsets.UTF_8);
                        Path serverLog = directory.resolve("server.log");
                        if (Files.isReadable(serverLog)) {
                            log += "\nserver.log:\n" + Files.readString(serverLog, StandardCharsets.UTF_8);
                        }
                        throw new IllegalStateException("test PostgreSQL: " + what + " failed with exit status "
                                + process.exitValue() + " (" + String.join(" ", full) + "):\n" + log.strip());
                    }
                } finally {
                    Files.deleteIfExists(output);
                }
            } catch (IOException e) {
                throw new IllegalStateException("test PostgreSQL: cannot run " + what + " (" + full.get(0) + "): "
                        + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("test PostgreSQL: interrupted while running " + what, e);
            }
        }

        static void deleteQuietly(Path directory) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        // left for the next run's clean-up
                    }
                });
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
