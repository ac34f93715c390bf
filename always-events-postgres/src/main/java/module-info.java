/**
 * An Always Events&reg; event store in PostgreSQL:
 * {@link uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore}, on plain JDBC and a
 * {@code javax.sql.DataSource} the application provides (and pools). Several instances of a
 * service share one database: appends are one transaction each, with optimistic concurrency on
 * a unique (project, version) key, and each instance can follow every committed event, exactly
 * once and in order, woken by LISTEN/NOTIFY.
 *
 * <h2>Layers</h2>
 * From the bottom: {@code postgres.internal} (the schema and its migrations, SQL helpers) and
 * {@code postgres}, which count as one concept; {@code PackageLayeringTest} keeps it so.
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 */
module uk.nhs.coproduction.alwaysevents.postgres {
    requires static org.jspecify;
    requires transitive uk.nhs.coproduction.alwaysevents;
    requires transitive java.sql;
    requires org.postgresql.jdbc;
    // The driver (an automatic module) uses JNDI types in its data sources.
    requires java.naming;

    exports uk.nhs.coproduction.alwaysevents.postgres;
}
