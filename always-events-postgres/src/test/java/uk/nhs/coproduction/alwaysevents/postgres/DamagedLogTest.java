package uk.nhs.coproduction.alwaysevents.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * Every event read from a long log is checked against its row, whatever the reader's fast paths:
 * JSON in another layout (line breaks between fields) still reads; a row whose JSON is bad, that
 * holds another version's event, or that is missing is named by project and version.
 */
class DamagedLogTest {

    private static final ProjectId PROJECT = ProjectId.of("long-log");
    private static final int EVENTS = 2_345;

    private TestDatabase database;
    private PostgresEventStore store;
    private List<RecordedEvent> events;

    @BeforeEach
    void open() {
        database = TestPostgres.newDatabase();
        store = PostgresEventStore.open(database.dataSource());
        events = TestEvents.after(PROJECT, 0, EVENTS);
        store.append(PROJECT, 0, events).orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aLongLogReadsBackWholeFromAnyVersion() {
        assertThat(store.read(PROJECT).events()).isEqualTo(events);
        for (long after : new long[] {1, 999, 1000, 1001, 2000, 2344, EVENTS, EVENTS + 5}) {
            assertThat(store.readAfter(PROJECT, after).events()).as("after %d", after)
                    .isEqualTo(events.subList((int) Math.min(after, EVENTS), EVENTS));
        }
    }

    @Test
    void anEventWhoseStoredJsonHasLineBreaksBetweenItsFieldsStillReads() throws SQLException {
        RecordedEvent event = events.get(1499);
        update(1500, EventJson.write(event).replace(",\"", ",\n\""));

        assertThat(store.read(PROJECT).events()).isEqualTo(events);
    }

    @Test
    void aBadRowInALaterChunkIsNamedByProjectAndVersion() throws SQLException {
        update(1500, EventJson.write(events.get(1499)).replace("\"recordedAt\":\"", "\"recordedAt\":\"x"));

        assertThatThrownBy(() -> store.read(PROJECT)).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("project long-log").hasMessageContaining("version 1500").hasMessageContaining("recordedAt");
    }

    @Test
    void aRowHoldingAnotherVersionsEventIsNamed() throws SQLException {
        update(1500, EventJson.write(events.get(1500)));

        assertThatThrownBy(() -> store.read(PROJECT)).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("project long-log version 1500").hasMessageContaining("the log is damaged");
    }

    @Test
    void aMissingRowIsNamed() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM always_events_event WHERE project_id = ? AND version = 1200")) {
            delete.setString(1, PROJECT.value());
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }

        assertThatThrownBy(() -> store.read(PROJECT)).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("project long-log version 1201").hasMessageContaining("expected version 1200");
    }

    private void update(long version, String json) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE always_events_event SET event_json = ? WHERE project_id = ? AND version = ?")) {
            update.setString(1, json);
            update.setString(2, PROJECT.value());
            update.setLong(3, version);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
