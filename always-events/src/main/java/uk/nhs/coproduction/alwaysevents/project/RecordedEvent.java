package uk.nhs.coproduction.alwaysevents.project;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as it is kept in a project's log: which project, its version (1 for the first event,
 * counting up by one), when it was recorded (from the injected clock), who issued the command,
 * which workflow definition decided it, and the schema version of its JSON form.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param projectId the project
 * @param version the event's position in the project's log, from 1
 * @param recordedAt when it was recorded
 * @param actor who issued the command
 * @param definition the workflow definition that decided it
 * @param schemaVersion the schema version of the event's JSON form
 * @param event what happened
 * @since 0.1.0
 */
public record RecordedEvent(ProjectId projectId, long version, Instant recordedAt, Actor actor,
        DefinitionVersion definition, int schemaVersion, ProjectEvent event) {

    /** The schema version this library writes. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Checks the components.
     *
     * @param projectId the project
     * @param version the event's position in the project's log, from 1
     * @param recordedAt when it was recorded
     * @param actor who issued the command
     * @param definition the workflow definition that decided it
     * @param schemaVersion the schema version of the event's JSON form
     * @param event what happened
     */
    public RecordedEvent {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(event, "event");
        if (version < 1) {
            throw new IllegalArgumentException("an event's version starts at 1: " + version);
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("a schema version starts at 1: " + schemaVersion);
        }
    }

    /**
     * {@return {@code event} recorded now, in this library's schema version}
     *
     * @param projectId the project
     * @param version the event's position in the project's log, from 1
     * @param recordedAt when it was recorded
     * @param actor who issued the command
     * @param definition the workflow definition that decided it
     * @param event what happened
     */
    public static RecordedEvent of(ProjectId projectId, long version, Instant recordedAt, Actor actor,
            DefinitionVersion definition, ProjectEvent event) {
        return new RecordedEvent(projectId, version, recordedAt, actor, definition, SCHEMA_VERSION, event);
    }

    /** Shows the project, version, time, actor and the event's type; the event's content is left out. */
    @Override
    public String toString() {
        return "RecordedEvent[" + projectId + " v" + version + " " + event.getClass().getSimpleName() + " at " + recordedAt
                + " by " + actor + "]";
    }
}
