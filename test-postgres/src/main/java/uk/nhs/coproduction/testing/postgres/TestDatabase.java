package uk.nhs.coproduction.testing.postgres;

import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database on a real PostgreSQL server, made for one caller by
 * {@link TestPostgres#newDatabase()}.
 *
 * @param name the database's name
 * @param jdbcUrl the JDBC URL of the database
 * @param user the user to connect as
 * @param password that user's password (the throwaway cluster trusts local connections, so any
 *     password is accepted there)
 * @param dataSource a data source for the database; each {@code getConnection()} opens a new
 *     connection (there is no pool)
 * @since 0.1.0
 */
public record TestDatabase(String name, String jdbcUrl, String user, String password, DataSource dataSource) {

    /**
     * Checks the components.
     *
     * @param name the database's name
     * @param jdbcUrl the JDBC URL of the database
     * @param user the user to connect as
     * @param password that user's password
     * @param dataSource a data source for the database
     */
    public TestDatabase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Another data source for the same database, as a second instance of a service would have.
     *
     * @return a new data source, sharing nothing with {@link #dataSource()}
     */
    public DataSource newDataSource() {
        return dataSource(jdbcUrl, user, password);
    }

    static PGSimpleDataSource dataSource(String jdbcUrl, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(jdbcUrl);
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    /** The name and URL; never the password. */
    @Override
    public String toString() {
        return "TestDatabase[" + name + " at " + jdbcUrl + " as " + user + "]";
    }
}
