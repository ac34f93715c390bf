package uk.nhs.coproduction.alwaysevents.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import uk.nhs.coproduction.alwaysevents.store.EventFormatException;
import uk.nhs.coproduction.alwaysevents.testing.Golden;

/**
 * The streaming reader is only a faster way to the tree reader's answer: for generated events
 * it reads what the tree reader reads; for damaged text (characters deleted, inserted, replaced,
 * fields repeated or reordered) it either gives up or gives exactly the tree reader's event,
 * and the codec's answer, event or error message, is always the tree reader's. The hand-written
 * date and time parsers agree with {@link LocalDate#parse} and {@link Instant#parse}.
 */
class StreamingEventReaderProperties {

    private static final List<RecordedEvent> GOLDEN = golden();

    private static List<RecordedEvent> golden() {
        try {
            return Golden.read("every-event-type.jsonl").lines().map(EventCodec::readByTree).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void theStreamingReaderReadsEveryWrittenEventAsTheTreeReaderDoes(@ForAll("events") RecordedEvent event) {
        String json = EventCodec.write(event);

        RecordedEvent streamed = StreamingEventReader.read(json);

        assertThat(streamed).isEqualTo(EventCodec.readByTree(json)).isEqualTo(event);
        assertThat(EventCodec.read(json)).isEqualTo(event);
    }

    @Property(tries = 2000)
    void damagedTextIsReadExactlyAsTheTreeReaderReadsIt(@ForAll("events") RecordedEvent event,
            @ForAll("damage") Function<String, String> damage) {
        String json = damage.apply(EventCodec.write(event));

        Object byTree = outcome(EventCodec::readByTree, json);
        RecordedEvent streamed = StreamingEventReader.read(json);

        if (streamed != null) {
            assertThat(byTree).isEqualTo(streamed);
        }
        assertThat(outcome(EventCodec::read, json)).isEqualTo(byTree);
    }

    @Property(tries = 1000)
    void datesAreParsedAsLocalDateParseDoes(@ForAll("dates") String text) {
        assertThat(outcome(Dates::date, text)).isEqualTo(outcome(LocalDate::parse, text));
    }

    @Property(tries = 1000)
    void timesAreParsedAsInstantParseDoes(@ForAll("instants") String text) {
        assertThat(outcome(Dates::instant, text)).isEqualTo(outcome(Instant::parse, text));
    }

    /** The value read, or the error's kind and message: what a caller can tell apart. */
    private static <T> Object outcome(Function<String, T> reader, String text) {
        try {
            return reader.apply(text);
        } catch (EventFormatException e) {
            return "EventFormatException: " + e.getMessage();
        } catch (DateTimeParseException e) {
            return "DateTimeParseException: " + e.getMessage();
        }
    }

    @Provide
    Arbitrary<RecordedEvent> events() {
        Arbitrary<ProjectId> projects = Arbitraries.of("humber-contact", "a", "ward-7", "x-1-2-3").map(ProjectId::of);
        Arbitrary<Long> versions = Arbitraries.oneOf(Arbitraries.longs().between(1, 100),
                Arbitraries.longs().between(1, Long.MAX_VALUE));
        Arbitrary<Instant> times = Arbitraries.oneOf(
                Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L).map(Instant::ofEpochSecond),
                Combinators.combine(Arbitraries.longs().between(0, 4_102_444_800L), Arbitraries.integers().between(0, 999_999_999))
                        .as(Instant::ofEpochSecond));
        Arbitrary<Actor> actors = Arbitraries.of("qi-lead", "A.B_c-9", "staff1234").map(Actor::of);
        Arbitrary<DefinitionVersion> definitions = Combinators.combine(Arbitraries.of("always-events-standard", "local \"ward\""),
                Arbitraries.of("2026.1", "1"), Arbitraries.of("0123456789abcdef", "fedcba9876543210"))
                .as(DefinitionVersion::new);
        Arbitrary<ProjectEvent> measured = measurements().map(MeasurementRecordedEvent::new);
        Arbitrary<ProjectEvent> corrected = Combinators.combine(measurements(), text().ofMaxLength(40))
                .as(MeasurementCorrectedEvent::new);
        Arbitrary<ProjectEvent> site = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), measurements())
                .as((id, m) -> new SiteMeasurementRecordedEvent(new SiteMeasurement(id, m)));
        Arbitrary<ProjectEvent> others = Arbitraries.of(GOLDEN).map(RecordedEvent::event);
        Arbitrary<ProjectEvent> data = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, measured), net.jqwik.api.Tuple.of(1, corrected),
                net.jqwik.api.Tuple.of(1, site), net.jqwik.api.Tuple.of(3, others));
        return Combinators.combine(projects, versions, times, actors, definitions, data)
                .as((project, version, at, actor, definition, event) -> RecordedEvent.of(project, version, at, actor, definition,
                        event));
    }

    private static Arbitrary<Measurement> measurements() {
        return Combinators.combine(text().ofMinLength(1).ofMaxLength(32).filter(s -> !s.isBlank()),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50))
                .as((period, a, b) -> Measurement.of(period, Math.min(a, b), Math.max(a, b)));
    }

    /** Text with what JSON must escape, and some non-ASCII. */
    private static net.jqwik.api.arbitraries.StringArbitrary text() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("\"\\\n\t\u0000\u00e9\u20ac\u2603");
    }

    @Provide
    Arbitrary<Function<String, String>> damage() {
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 10_000);
        Arbitrary<String> inserted = Arbitraries.of("\"", ",", ":", "{", "}", "[", "]", "0", "9", "-", " ", "null", "1.0",
                "\"x\"", "\"extra\":1,", "\\", "\"period\":\"p\",", "\"version\":2,", "e5", "\u00e9");
        Arbitrary<Function<String, String>> deleteOne = where.map(i -> s -> s.isEmpty() ? s
                : s.substring(0, i % s.length()) + s.substring(i % s.length() + 1));
        Arbitrary<Function<String, String>> insert = Combinators.combine(where, inserted)
                .as((i, text) -> s -> s.substring(0, i % (s.length() + 1)) + text + s.substring(i % (s.length() + 1)));
        Arbitrary<Function<String, String>> replace = Combinators.combine(where, inserted)
                .as((i, text) -> s -> s.isEmpty() ? s : s.substring(0, i % s.length()) + text + s.substring(i % s.length() + 1));
        Arbitrary<Function<String, String>> moveField = Arbitraries.of("\"schemaVersion\":1,", "\"actor\":\"", "\"type\":\"",
                "\"numerator\":", "\"id\":\"").map(field -> s -> {
                    int at = s.indexOf(field);
                    if (at < 0) {
                        return s;
                    }
                    int end = s.indexOf(',', at + field.length());
                    if (end < 0) {
                        return s;
                    }
                    String moved = s.substring(at, end + 1);
                    String without = s.substring(0, at) + s.substring(end + 1);
                    return "{" + moved + without.substring(1);
                });
        Arbitrary<Function<String, String>> valueSwap = Arbitraries.of(
                new String[] {":1,\"projectId\"", ":2,\"projectId\""}, new String[] {"\"numerator\":", "\"numerator\":-"},
                new String[] {"Z\"", "+01:00\""}, new String[] {"T", "t"}, new String[] {"\"version\":", "\"version\":0"},
                new String[] {"\"version\":", "\"version\":99999999999999999999"}, new String[] {"-0", "-1"},
                new String[] {"\"MeasurementRecorded\"", "\"MeasurementCorrected\""}, new String[] {"}}", "},\"x\":null}"},
                new String[] {"\"qi-lead\"", "\"0123456789\""}, new String[] {"\"numerator\":", "\"numerator\":0"},
                new String[] {"\"period\":\"", "\"period\":\"\\u0070"}, new String[] {"\"version\":", "\"version\":1234567890123456789"},
                new String[] {"}}}", "}}} "}, new String[] {"\"actor\":\"", "\"actor\":\"\\\""}, new String[] {":00Z", ":60Z"}, new String[] {"T", "T2"})
                .map(pair -> s -> s.replaceFirst(java.util.regex.Pattern.quote(pair[0]),
                        java.util.regex.Matcher.quoteReplacement(pair[1])));
        return Arbitraries.oneOf(deleteOne, insert, replace, moveField, valueSwap);
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofLength(2);
        Arbitrary<String> years = Arbitraries.strings().withChars("0123456789").ofLength(4);
        Arbitrary<String> wellFormed = Combinators.combine(years, digits, digits).as((y, m, d) -> y + "-" + m + "-" + d);
        Arbitrary<String> plausible = Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32)).as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> odd = Arbitraries.strings().withChars("0123456789-+T: ").ofMinLength(8).ofMaxLength(12);
        return Arbitraries.oneOf(wellFormed, plausible, odd);
    }

    @Provide
    Arbitrary<String> instants() {
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("."),
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(11).map(f -> "." + f));
        Arbitrary<String> plausible = Combinators.combine(dates(), Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 61), Arbitraries.integers().between(0, 61), fraction,
                Arbitraries.of("Z", "Z", "Z", "z", "+00:00", ""))
                .as((date, h, m, s, f, zone) -> date + String.format("T%02d:%02d:%02d", h, m, s) + f + zone);
        Arbitrary<String> odd = Arbitraries.strings().withChars("0123456789-T:.Z").ofMinLength(18).ofMaxLength(26);
        return Arbitraries.oneOf(plausible, odd);
    }
}
