package uk.nhs.coproduction.alwaysevents.store.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.DefinitionVersion;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.MeasurementCorrectedEvent;
import uk.nhs.coproduction.alwaysevents.project.MeasurementRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.SiteMeasurement;
import uk.nhs.coproduction.alwaysevents.project.SiteMeasurementRecordedEvent;

/**
 * The fast path of {@link EventCodec#read}: reads an event straight off Jackson's token stream,
 * without building a tree, when the text is exactly in the form {@link EventCodec#write} gives
 * it (its fields in that order, none missing, none extra, no nulls). For anything else it gives
 * up and returns null, and the tree reader, which is the reference, decides: so every error, and
 * every event in any other form, is exactly what the tree reader makes of it.
 *
 * <p>What this path accepts it checks as the tree reader does: every value is built through the
 * same validating constructors. Two shortcuts keep that cheap without weakening it: a project
 * id, actor or definition version equal to the last one built is that same (immutable, already
 * checked) value, and dates and times in the canonical form are parsed by hand into the value
 * {@link LocalDate#parse} / {@link Instant#parse} would give (any other form goes to those).
 * The data of the measurement events, the bulk of a log, is read from the stream; that of the
 * other types through the tree reader's own per-type reader over the {@code data} subtree only.
 * A {@code MeasurementRecorded} event exactly as written (no escapes in its strings) is scanned
 * character by character first ({@code Scan}), since creating a parser costs more than that.
 *
 * <p>Thread-safe: the caches are single immutable values, replaced whole.
 */
final class StreamingEventReader {

    // Duplicate names must still be refused inside a subtree; trailing tokens are checked here,
    // after the whole event (the data subtree is followed by the event's closing brace).
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    // The measurement events are read field by field in a fixed order, which leaves no room for a
    // duplicate name, so their parser skips duplicate detection (and a mapper's context).
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Thrown (without a trace) when the event's data needs the tree, and so duplicate detection. */
    private static final class NeedsTree extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NeedsTree INSTANCE = new NeedsTree();

        private NeedsTree() {
            super(null, null, false, false);
        }
    }

    // Single-slot caches of values already built (and so checked) by their constructors. Records
    // have only final fields, so a racing reader sees either a whole old value or a whole new one.
    private static @Nullable ProjectId lastProject;
    private static @Nullable Actor lastActor;
    private static @Nullable DefinitionVersion lastDefinition;

    private StreamingEventReader() {
    }

    /** The event, or null when the text is not in the canonical form (or is bad): ask the tree reader. */
    static @Nullable RecordedEvent read(String json) {
        try {
            RecordedEvent measured = Scan.measurementRecorded(json);
            if (measured != null) {
                return measured;
            }
            try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
                return read(p, false);
            } catch (NeedsTree e) {
                try (JsonParser p = MAPPER.createParser(json)) {
                    return read(p, true);
                }
            }
        } catch (RuntimeException e) {
            // Not canonical, or not valid: the tree reader gives the verdict and the message.
            return null;
        }
    }

    private static @Nullable RecordedEvent read(JsonParser p, boolean strict) {
        if (p.nextToken() != JsonToken.START_OBJECT
                || !"schemaVersion".equals(p.nextName()) || p.nextToken() != JsonToken.VALUE_NUMBER_INT
                || p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != RecordedEvent.SCHEMA_VERSION) {
            return null;
        }
        String projectText = text(p, "projectId");
        if (projectText == null || !"version".equals(p.nextName()) || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            return null;
        }
        JsonParser.NumberType versionType = p.getNumberType();
        if (versionType != JsonParser.NumberType.INT && versionType != JsonParser.NumberType.LONG) {
            return null;
        }
        long version = p.getLongValue();
        String recordedAtText = text(p, "recordedAt");
        String actorText = recordedAtText == null ? null : text(p, "actor");
        if (actorText == null || !"definition".equals(p.nextName()) || p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String definitionId = text(p, "id");
        String definitionVersion = definitionId == null ? null : text(p, "version");
        String fingerprint = definitionVersion == null ? null : text(p, "fingerprint");
        if (fingerprint == null || p.nextToken() != JsonToken.END_OBJECT) {
            return null;
        }
        String typeName = text(p, "type");
        Function<JsonIn, ? extends ProjectEvent> type = typeName == null ? null : EventCodec.dataReader(typeName);
        if (type == null || !"data".equals(p.nextName()) || p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        ProjectEvent event = switch (typeName) {
            case "MeasurementRecorded" -> {
                Measurement measurement = measurementField(p, "measurement");
                yield measurement == null || p.nextToken() != JsonToken.END_OBJECT ? null
                        : new MeasurementRecordedEvent(measurement);
            }
            case "MeasurementCorrected" -> {
                Measurement measurement = measurementField(p, "measurement");
                String reason = measurement == null ? null : text(p, "reason");
                yield reason == null || p.nextToken() != JsonToken.END_OBJECT ? null
                        : new MeasurementCorrectedEvent(measurement, reason);
            }
            case "SiteMeasurementRecorded" -> {
                if (!"measurement".equals(p.nextName()) || p.nextToken() != JsonToken.START_OBJECT) {
                    yield null;
                }
                String siteId = text(p, "siteId");
                Measurement measurement = siteId == null ? null : measurementField(p, "measurement");
                yield measurement == null || p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != JsonToken.END_OBJECT
                        ? null : new SiteMeasurementRecordedEvent(new SiteMeasurement(siteId, measurement));
            }
            default -> {
                if (!strict) {
                    throw NeedsTree.INSTANCE;
                }
                // The tree reader's own reader, over the data object only.
                JsonNode data = MAPPER.readTree(p);
                yield type.apply(new JsonIn(data, "data"));
            }
        };
        if (event == null || p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            return null;
        }
        return new RecordedEvent(projectId(projectText), version, Dates.instant(recordedAtText), actor(actorText),
                definition(definitionId, definitionVersion, fingerprint), RecordedEvent.SCHEMA_VERSION, event);
    }

    /**
     * The measurement event exactly as {@link EventCodec#write} writes it, scanned character by
     * character (creating a Jackson parser costs more than reading such an event): fixed text
     * between the values, strings without escapes or control characters, integers without
     * leading zeros. Anything else, even valid JSON, is null: the token stream reads it then.
     */
    private static final class Scan {

        private final String text;
        private int at;

        private Scan(String text) {
            this.text = text;
        }

        static @Nullable RecordedEvent measurementRecorded(String json) {
            Scan scan = new Scan(json);
            if (!scan.fixed("{\"schemaVersion\":1,\"projectId\":\"")) {
                return null;
            }
            String project = scan.string();
            if (project == null || !scan.fixed("\",\"version\":")) {
                return null;
            }
            long version = scan.whole(18);
            String recordedAt = version == Long.MIN_VALUE || !scan.fixed(",\"recordedAt\":\"") ? null : scan.string();
            String actor = recordedAt == null || !scan.fixed("\",\"actor\":\"") ? null : scan.string();
            String id = actor == null || !scan.fixed("\",\"definition\":{\"id\":\"") ? null : scan.string();
            String definitionVersion = id == null || !scan.fixed("\",\"version\":\"") ? null : scan.string();
            String fingerprint = definitionVersion == null || !scan.fixed("\",\"fingerprint\":\"") ? null : scan.string();
            String period = fingerprint == null
                    || !scan.fixed("\"},\"type\":\"MeasurementRecorded\",\"data\":{\"measurement\":{\"period\":\"")
                    ? null : scan.string();
            if (period == null || !scan.fixed("\",\"numerator\":")) {
                return null;
            }
            long numerator = scan.whole(9);
            if (numerator == Long.MIN_VALUE || !scan.fixed(",\"denominator\":")) {
                return null;
            }
            long denominator = scan.whole(9);
            if (denominator == Long.MIN_VALUE || !scan.fixed("}}}") || scan.at != json.length()) {
                return null;
            }
            return new RecordedEvent(projectId(project), version, Dates.instant(recordedAt), actor(actor),
                    definition(id, definitionVersion, fingerprint), RecordedEvent.SCHEMA_VERSION,
                    new MeasurementRecordedEvent(Measurement.of(period, (int) numerator, (int) denominator)));
        }

        private boolean fixed(String expected) {
            if (text.startsWith(expected, at)) {
                at += expected.length();
                return true;
            }
            return false;
        }

        /** The string up to the next quote (left for the fixed text after it); null if it holds an escape or a control or surrogate character. */
        private @Nullable String string() {
            for (int i = at; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    String value = text.substring(at, i);
                    at = i;
                    return value;
                }
                if (c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
                    return null;
                }
            }
            return null;
        }

        /** An integer of 1 to {@code maxDigits} digits, optionally negative, no leading zero; else Long.MIN_VALUE. */
        private long whole(int maxDigits) {
            boolean negative = at < text.length() && text.charAt(at) == '-';
            int from = negative ? at + 1 : at;
            int i = from;
            long value = 0;
            while (i < text.length() && i - from < maxDigits + 1) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
                i++;
            }
            int digits = i - from;
            if (digits == 0 || digits > maxDigits || (digits > 1 && text.charAt(from) == '0')) {
                return Long.MIN_VALUE;
            }
            at = i;
            return negative ? -value : value;
        }
    }

    /** The text value of the next field, which must be {@code name}; null if it is anything else. */
    private static @Nullable String text(JsonParser p, String name) {
        if (!name.equals(p.nextName()) || p.nextToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        return p.getString();
    }

    /** The int value of the next field, which must be {@code name}; null if it is anything else. */
    private static @Nullable Integer integer(JsonParser p, String name) {
        if (!name.equals(p.nextName()) || p.nextToken() != JsonToken.VALUE_NUMBER_INT
                || p.getNumberType() != JsonParser.NumberType.INT) {
            return null;
        }
        return p.getIntValue();
    }

    /** A measurement object {"period":…,"numerator":…,"denominator":…} at field {@code name}. */
    private static @Nullable Measurement measurementField(JsonParser p, String name) {
        if (!name.equals(p.nextName()) || p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String period = text(p, "period");
        Integer numerator = period == null ? null : integer(p, "numerator");
        Integer denominator = numerator == null ? null : integer(p, "denominator");
        if (denominator == null || p.nextToken() != JsonToken.END_OBJECT) {
            return null;
        }
        return Measurement.of(period, numerator, denominator);
    }

    private static ProjectId projectId(String text) {
        ProjectId last = lastProject;
        if (last != null && last.value().equals(text)) {
            return last;
        }
        ProjectId id = ProjectId.of(text);
        lastProject = id;
        return id;
    }

    private static Actor actor(String text) {
        Actor last = lastActor;
        if (last != null && last.value().equals(text)) {
            return last;
        }
        Actor actor = Actor.of(text);
        lastActor = actor;
        return actor;
    }

    private static DefinitionVersion definition(String id, String version, String fingerprint) {
        DefinitionVersion last = lastDefinition;
        if (last != null && last.id().equals(id) && last.version().equals(version) && last.fingerprint().equals(fingerprint)) {
            return last;
        }
        DefinitionVersion definition = new DefinitionVersion(id, version, fingerprint);
        lastDefinition = definition;
        return definition;
    }
}
