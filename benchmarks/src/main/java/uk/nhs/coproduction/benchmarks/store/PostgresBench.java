package uk.nhs.coproduction.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.MeasurementRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.ProjectStartedEvent;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/** What the PostgreSQL benchmarks share: a database on a durable cluster, a pool, the events. */
final class PostgresBench {

    private static final Actor ACTOR = Actor.of("qi-lead");
    private static final Instant AT = Instant.parse("2026-01-12T09:00:00Z");

    /** The bare baseline's table: the store's event table, same columns, keys and index. */
    static final String BASELINE_TABLE = "CREATE TABLE baseline_event ("
            + "position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
            + "transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(), project_id text NOT NULL, "
            + "version bigint NOT NULL, event_json text NOT NULL, UNIQUE (project_id, version)); "
            + "CREATE INDEX baseline_event_feed ON baseline_event (transaction_id, position)";
    static final String BASELINE_INSERT = "INSERT INTO baseline_event (project_id, version, event_json) VALUES (?, ?, ?)";

    private PostgresBench() {
    }

    /** A new database on the throwaway cluster, which keeps fsync on for the benchmarks. */
    static TestDatabase database() {
        System.setProperty(TestPostgres.DURABLE_PROPERTY, "true");
        TestDatabase database = TestPostgres.newDatabase();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(BASELINE_TABLE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return database;
    }

    /** A pool of {@code size} connections to {@code database}, as an application would have. */
    static HikariDataSource pool(TestDatabase database, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        return new HikariDataSource(config);
    }

    /** The event at {@code version} of {@code project}: started, then measurements. */
    static RecordedEvent event(ProjectId project, long version) {
        return RecordedEvent.of(project, version, AT.plusSeconds(version), ACTOR, WorkflowDefinition.standard().version(),
                version == 1
                        ? new ProjectStartedEvent("Humber NHS Foundation Trust", "Contact with people who matter",
                                "Assessment and treatment unit", LocalDate.of(2026, 1, 12))
                        : new MeasurementRecordedEvent(Measurement.of("p-" + version, (int) (version % 20), 20)));
    }
}
