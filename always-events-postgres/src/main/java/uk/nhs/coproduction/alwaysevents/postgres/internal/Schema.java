package uk.nhs.coproduction.alwaysevents.postgres.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema: versioned SQL files in this package ({@code V<n>__<what>.sql}), applied in
 * order by {@link #apply(Connection)} and recorded in {@code always_events_schema_version}. A
 * session advisory lock makes instances that start together take turns, so each file is applied
 * exactly once.
 */
public final class Schema {

    /** The files, in order; a release only ever appends to this list. */
    static final List<String> MIGRATIONS = List.of("V1__event_log.sql");

    /** The advisory lock key (the bytes of "AlwEvSch"); any value unlikely to clash will do. */
    static final long LOCK_KEY = 0x416c774576536368L;

    private Schema() {
    }

    /**
     * The schema version this code needs.
     *
     * @return the number of the last migration
     */
    public static int currentVersion() {
        return MIGRATIONS.size();
    }

    /**
     * Applies the migrations the database lacks, each in its own transaction, under the advisory
     * lock; leaves the connection in auto-commit mode.
     *
     * @param connection a connection to the store's database
     * @return the schema version before
     * @throws SQLException if a statement fails (the failed migration is rolled back)
     * @throws IllegalStateException if the database's schema is newer than this code
     */
    public static int apply(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
        }
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS always_events_schema_version ("
                        + "version int PRIMARY KEY, migration text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            }
            int before = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT coalesce(max(version), 0) FROM always_events_schema_version")) {
                result.next();
                before = result.getInt(1);
            }
            if (before > MIGRATIONS.size()) {
                throw new IllegalStateException("the database's event store schema is at version " + before
                        + ", newer than this library's " + MIGRATIONS.size() + "; upgrade the library");
            }
            for (int version = before + 1; version <= MIGRATIONS.size(); version++) {
                String file = MIGRATIONS.get(version - 1);
                connection.setAutoCommit(false);
                try {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(read(file));
                    }
                    try (PreparedStatement record = connection.prepareStatement(
                            "INSERT INTO always_events_schema_version (version, migration) VALUES (?, ?)")) {
                        record.setInt(1, version);
                        record.setString(2, file);
                        record.executeUpdate();
                    }
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
            return before;
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
            }
        }
    }

    /** The text of migration {@code file}. */
    static String read(String file) {
        try (InputStream in = Schema.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the migration " + file + " is missing from the library's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration " + file, e);
        }
    }
}
