package uk.nhs.coproduction.alwaysevents.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ErasureReason;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.Erasure;
import uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * After an erasure no row of the PostgreSQL store, event or snapshot, holds the words (asked in
 * SQL); and once the tables are vacuumed (FULL) and checkpointed, the tables' files on disk do not
 * hold them either, where the test can read the server's data directory.
 */
class ErasureOnDiskTest {

    private static final ProjectId PROJECT = ProjectId.of("erased-on-disk");
    private static final List<String> WORDS = List.of(TestEvents.PRIVATE_WORDS, TestEvents.OTHER_PRIVATE_WORDS);

    private static PostgresEventStore storeWithWords(TestDatabase database) {
        PostgresEventStore store = PostgresEventStore.open(database.dataSource());
        store.append(PROJECT, 0, TestEvents.withWords(PROJECT));
        store.saveSnapshot(AlwaysEventProject.replay(TestEvents.withWords(PROJECT)).orElseThrow());
        return store;
    }

    private static void erase(PostgresEventStore store) {
        store.erase(Erasure.of(PROJECT, List.of(new Erasure.WordsOf(TestEvents.SPEAKER), Erasure.Fields.of(5)),
                ErasureReason.PERSON_ASKED, Actor.of("data-protection-officer"), Instant.parse("2026-03-01T12:00:00Z")))
                .orElseThrow();
    }

    private static long rowsHolding(Connection connection, String table, String column, String words) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM " + table + " WHERE strpos(" + column + ", ?) > 0")) {
            statement.setString(1, words);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void noRowHoldsTheErasedWords() throws SQLException {
        TestDatabase database = TestPostgres.newDatabase();
        try (PostgresEventStore store = storeWithWords(database); Connection connection = database.dataSource().getConnection()) {
            for (String words : WORDS) {
                assertThat(rowsHolding(connection, "always_events_event", "event_json", words)).as("events before").isPositive();
                assertThat(rowsHolding(connection, "always_events_snapshot", "snapshot_json", words)).as("snapshot before")
                        .isEqualTo(1);
            }

            erase(store);

            for (String words : WORDS) {
                assertThat(rowsHolding(connection, "always_events_event", "event_json", words)).as("events after").isZero();
                assertThat(rowsHolding(connection, "always_events_snapshot", "snapshot_json", words)).as("snapshot after")
                        .isZero();
            }
            assertThat(store.snapshot(PROJECT)).isEmpty();
            assertThat(store.version(PROJECT)).isEqualTo(6);
        }
    }

    @Test
    void afterVacuumFullTheTablesFilesDoNotHoldTheWords() throws SQLException, IOException {
        TestDatabase database = TestPostgres.newDatabase();
        try (PostgresEventStore store = storeWithWords(database); Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(true);
            Path dataDirectory = dataDirectory(connection);
            assumeTrue(dataDirectory != null && Files.isReadable(dataDirectory.resolve("base")),
                    "the server's data directory is not readable here");
            checkpoint(connection);
            for (String words : WORDS) {
                assertThat(tableFiles(connection, dataDirectory)).as("the files before erasure").contains(bytes(words));
            }

            erase(store);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM (FULL) always_events_event");
                statement.execute("VACUUM (FULL) always_events_snapshot");
            }
            checkpoint(connection);

            String files = tableFiles(connection, dataDirectory);
            for (String words : WORDS) {
                assertThat(files).as("the files after erasure and VACUUM FULL").doesNotContain(bytes(words));
            }
            assertThat(files).contains(bytes("[erased]"));
        }
    }

    private static String bytes(String words) {
        return new String(words.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static Path dataDirectory(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_setting('data_directory')")) {
            result.next();
            return Path.of(result.getString(1));
        } catch (SQLException e) {
            return null; // not allowed to ask: not a superuser
        }
    }

    private static void checkpoint(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            assumeTrue(false, "not allowed to CHECKPOINT");
        }
    }

    /** The bytes of both tables' files and their TOAST tables' (every segment), as Latin-1 text. */
    private static String tableFiles(Connection connection, Path dataDirectory) throws SQLException, IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_relation_filepath(c.oid) FROM pg_class c"
                        + " WHERE c.relname IN ('always_events_event', 'always_events_snapshot')"
                        + " OR c.oid IN (SELECT reltoastrelid FROM pg_class"
                        + " WHERE relname IN ('always_events_event', 'always_events_snapshot'))")) {
            while (rows.next()) {
                Path file = dataDirectory.resolve(rows.getString(1));
                for (int segment = 0;; segment++) {
                    Path part = segment == 0 ? file : file.resolveSibling(file.getFileName() + "." + segment);
                    if (!Files.exists(part)) {
                        break;
                    }
                    all.write(Files.readAllBytes(part));
                }
            }
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }
}
