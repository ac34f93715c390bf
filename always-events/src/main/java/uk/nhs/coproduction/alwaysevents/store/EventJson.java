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
 */
public final class EventJson {

    private EventJson() {
    }

    /** {@code event} as one line of JSON (no line break). */
    public static String write(RecordedEvent event) {
        return EventCodec.write(event);
    }

    /**
     * Reads one event.
     *
     * @throws EventFormatException naming the field when the text is not an event this library wrote
     */
    public static RecordedEvent read(String json) {
        return EventCodec.read(json);
    }

    /** The stable type name of {@code event}, such as {@code MeasurementRecorded}. */
    public static String typeName(ProjectEvent event) {
        return EventCodec.typeName(event);
    }

    /** Every event type name. */
    public static List<String> typeNames() {
        return EventCodec.typeNames();
    }

    /** {@code project} as a snapshot document (one line of JSON). */
    public static String writeSnapshot(AlwaysEventProject project) {
        return EventCodec.writeSnapshot(project);
    }

    /**
     * Reads a snapshot document.
     *
     * @throws EventFormatException naming the field when the text is not a snapshot this library wrote
     */
    public static AlwaysEventProject readSnapshot(String json) {
        return EventCodec.readSnapshot(json);
    }
}
