package uk.nhs.coproduction.alwaysevents.store.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ImpactRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.VisionStatedEvent;
import uk.nhs.coproduction.alwaysevents.project.WhatMattersEvidence;
import uk.nhs.coproduction.alwaysevents.project.WhatMattersRecordedEvent;
import uk.nhs.coproduction.alwaysevents.statement.VisionStatement;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;
import uk.nhs.coproduction.alwaysevents.project.DefinitionVersion;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.MeasurementRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.ProjectStartedEvent;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/**
 * Events for store tests: a project's log that replays to a project (it starts with
 * {@code ProjectStarted}, then records measurements), with text that a careless store would
 * change (quotes, a backslash, a line break, non-ASCII letters and an emoji) and times to the
 * nanosecond. This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TestEvents {

    /** The workflow definition version the events name: the standard definition's. */
    public static final DefinitionVersion DEFINITION = WorkflowDefinition.standard().version();

    /** The time of the first event; each later event is a second and a nanosecond later. */
    public static final Instant START = Instant.parse("2026-01-12T09:00:00.123456789Z");

    /** The organisation of the started project: text a store must keep byte for byte. */
    public static final String AWKWARD_TEXT = "Trust \"St Mary's\" \\ Nursing\nWard 7 – Ünïcødé 😀 \u2028 end";

    /**
     * Words a person might say that a store must be able to erase: a made-up name, a telephone
     * number from Ofcom's range for drama, and a health condition. Plain ASCII, so the bytes on
     * disk are the same as the text.
     */
    public static final String PRIVATE_WORDS = "Ring Jo Example on 07700 900461 about her diabetes";

    /** More such words, a made-up address, that also make a vision statement (it says "always"). */
    public static final String OTHER_PRIVATE_WORDS = "Sam Sample of 12 Testing Street, Leeds LS1 9ZZ will always be asked";

    /** The partner who says {@link #PRIVATE_WORDS} in {@link #withWords}. */
    public static final PartnerId SPEAKER = PartnerId.of("partner-jo");

    private TestEvents() {
    }

    /**
     * {@return a log of five events with words in it, as {@link #withWords(ProjectId, String, String,
     * String)} with {@link #PRIVATE_WORDS} and {@link #OTHER_PRIVATE_WORDS}}
     *
     * @param project the project
     */
    public static List<RecordedEvent> withWords(ProjectId project) {
        return withWords(project, PRIVATE_WORDS, OTHER_PRIVATE_WORDS, PRIVATE_WORDS);
    }

    /**
     * {@return a log of five events with words in it: 1 the project started, 2 an impact entry
     * said by {@link #SPEAKER} ({@code youSaid}, {@code weDid}), 3 evidence of what matters voiced
     * by {@link #SPEAKER} ({@code evidence.summary}), 4 a measurement, 5 a vision stated by the
     * QI lead (no one's words in particular: {@link #OTHER_PRIVATE_WORDS})}
     *
     * @param project the project
     * @param youSaid what the speaker said (version 2)
     * @param weDid what was done about it (version 2)
     * @param summary what matters (version 3)
     */
    public static List<RecordedEvent> withWords(ProjectId project, String youSaid, String weDid, String summary) {
        LocalDate day = LocalDate.of(2026, 2, 3);
        List<ProjectEvent> events = List.of(
                new ProjectStartedEvent("Example Trust", "Being heard on the ward", "Assessment unit", day),
                new ImpactRecordedEvent(1, youSaid, weDid, Set.of(SPEAKER), day),
                new WhatMattersRecordedEvent(new WhatMattersEvidence(WhatMattersSource.PARTNERS, summary, 1,
                        Set.of(SPEAKER), day)),
                new MeasurementRecordedEvent(Measurement.of("2026-02", 7, 20)),
                new VisionStatedEvent(new VisionStatement(OTHER_PRIVATE_WORDS, day)));
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            recorded.add(RecordedEvent.of(project, i + 1, START.plusSeconds(i), Actor.of("qi-lead"), DEFINITION,
                    events.get(i)));
        }
        return List.copyOf(recorded);
    }

    /**
     * The event at {@code version} of {@code project}'s log: {@code ProjectStarted} at version 1,
     * a measurement after it.
     *
     * @param project the project
     * @param version the event's version (1 or more)
     * @param actor who recorded it
     * @return the event
     */
    public static RecordedEvent event(ProjectId project, long version, Actor actor) {
        ProjectEvent event = version == 1
                ? new ProjectStartedEvent(AWKWARD_TEXT, "Contact with people who matter", "Assessment unit",
                        LocalDate.of(2026, 1, 12))
                : new MeasurementRecordedEvent(Measurement.of(period(version), (int) (version % 20), 20));
        return RecordedEvent.of(project, version, START.plusSeconds(version).plusNanos(version), actor, DEFINITION, event);
    }

    /**
     * The event at {@code version}, recorded by actor {@code qi-lead}.
     *
     * @param project the project
     * @param version the event's version (1 or more)
     * @return the event
     */
    public static RecordedEvent event(ProjectId project, long version) {
        return event(project, version, Actor.of("qi-lead"));
    }

    /**
     * The {@code count} events after version {@code after} of {@code project}'s log.
     *
     * @param project the project
     * @param after the version before the first event (0 for the log's start)
     * @param count how many events
     * @return the events, in order
     */
    public static List<RecordedEvent> after(ProjectId project, long after, int count) {
        List<RecordedEvent> events = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            events.add(event(project, after + i));
        }
        return List.copyOf(events);
    }

    /** A monthly period label, distinct for each version: 2000-01, 2000-02, ... */
    private static String period(long version) {
        long month = version - 2;
        return String.format("%04d-%02d", 2000 + month / 12, month % 12 + 1);
    }
}
