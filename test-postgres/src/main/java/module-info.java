/**
 * PostgreSQL for tests: {@link uk.nhs.coproduction.testing.postgres.TestPostgres} gives each
 * caller a fresh database on a real PostgreSQL server, either one named by the environment or a
 * throwaway cluster it starts with the machine's own {@code initdb} and {@code pg_ctl}. Test
 * support only; not published.
 */
module uk.nhs.coproduction.testing.postgres {
    requires static org.jspecify;
    requires transitive java.sql;
    requires org.postgresql.jdbc;
    // The driver (an automatic module) uses JNDI types in its data sources.
    requires java.naming;
    requires org.opentest4j;

    exports uk.nhs.coproduction.testing.postgres;
}
