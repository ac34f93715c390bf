package uk.nhs.coproduction.alwaysevents.store;

import java.util.List;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.internal.EventCodec;

/**
 * The JSON form of events and project snapshots: what the file store writes, and what a JSON
 * API can send. One event is one line:
 *
 * <pre>{@code
 * {"schemaVersion":1,"projectId":"humber-contact","version":7,"recordedAt":"2017-03-01T09:00:00Z",
 *  "actor":"qi-lead","definition":{"id":"always-events-standard","version":"2026.1","fingerprint":"…"},
 *  "type":"MeasurementRecorded","data":{"measurement":{"period":"2017-02","numerator":17,"denominator":20}}}
 * }</pre>
 *
 * <p>Type names ({@link #typeNames()}) and field names are a stable contract, pinned by golden
 * files; {@code schemaVersion} changes if they ever must. This class is stateless and thread-safe.
 *
 * @provisional The event JSON is new in 0.1.0. Until it has been used by stores other than the
 *     file store, a minor release may add event types and fields or raise {@code schemaVersion};
 *     the changelog says so when one does. A patch release never changes it.
 * @since 0.1.0
 */
public final class EventJson {

    private EventJson() {
    }

    /**
     * {@return {@code event} as one line of JSON (no line break)}
     *
     * @param event the event to write
     */
    public static String write(RecordedEvent event) {
        return EventCodec.write(event);
    }

    /**
     * Reads one event.
     *
     * @param json one line of JSON, as {@link #write} writes it
     * @return the event
     * @throws EventFormatException naming the field when the text is not an event this library wrote
     */
    public static RecordedEvent read(String json) {
        return EventCodec.read(json);
    }

    /**
     * {@return the stable type name of {@code event}, such as {@code MeasurementRecorded}}
     *
     * @param event the event
     */
    public static String typeName(ProjectEvent event) {
        return EventCodec.typeName(event);
    }

    /** {@return every event type name} */
    public static List<String> typeNames() {
        return EventCodec.typeNames();
    }

    /**
     * {@return {@code project} as a snapshot document (one line of JSON)}
     *
     * @param project the project to write
     */
    public static String writeSnapshot(AlwaysEventProject project) {
        return EventCodec.writeSnapshot(project);
    }

    /**
     * Reads a snapshot document.
     *
     * @param json a snapshot document, as {@link #writeSnapshot} writes it
     * @return the project the snapshot holds
     * @throws EventFormatException naming the field when the text is not a snapshot this library wrote
     */
    public static AlwaysEventProject readSnapshot(String json) {
        return EventCodec.readSnapshot(json);
    }
}
