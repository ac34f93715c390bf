package uk.nhs.coproduction.app.alwaysevents;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL database given on the command line as a JDBC URL ({@code jdbc:postgresql://host/db}),
 * with a small HikariCP pool of connections. The user is {@code --db-user} (or in the URL); the
 * password is never an option, since options show in process lists: it comes from the
 * environment variable {@value #PASSWORD_VARIABLE} (or the URL, or the driver's
 * {@code .pgpass} file).
 *
 * <p>This class is thread-safe.
 */
public final class Database implements AutoCloseable {

    /** The environment variable holding the database password. */
    public static final String PASSWORD_VARIABLE = "ALWAYS_EVENTS_DB_PASSWORD";

    /** HikariCP says "Starting..." at INFO; commands print only what is asked, so the pool speaks at WARNING and above. */
    private static final Logger POOL_LOG = Logger.getLogger("com.zaxxer.hikari");

    static {
        POOL_LOG.setLevel(Level.WARNING);
    }

    private final String url;
    private final HikariDataSource pool;

    private Database(String url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
    }

    /** Whether {@code text} names a PostgreSQL database (a {@code jdbc:postgresql:} URL). */
    public static boolean isJdbcUrl(String text) {
        return text.startsWith("jdbc:postgresql:");
    }

    /**
     * A pool of at most {@code connections} connections to {@code url}. No connection is opened yet.
     *
     * @throws IllegalArgumentException if {@code url} is not a {@code jdbc:postgresql:} URL
     */
    public static Database at(String url, @Nullable String user, int connections) {
        if (!isJdbcUrl(url)) {
            throw new IllegalArgumentException("a database is given as jdbc:postgresql://host:port/database, not "
                    + withoutParameters(url));
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(1);
        config.setPoolName("always-events");
        // Connect on first use: the store's open() then reports an unreachable database clearly.
        config.setInitializationFailTimeout(-1);
        return new Database(url, new HikariDataSource(config));
    }

    /** The pool. */
    public DataSource dataSource() {
        return pool;
    }

    /** The URL without its parameters (which may hold a password), for messages. */
    public String describe() {
        return withoutParameters(url);
    }

    /** Closes the pool's connections. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "Database[" + describe() + "]";
    }

    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
