package uk.nhs.coproduction.alwaysevents.store.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ErasedField;
import uk.nhs.coproduction.alwaysevents.project.ErasureReason;
import uk.nhs.coproduction.alwaysevents.project.VisionStatedEvent;
import uk.nhs.coproduction.alwaysevents.project.WordsErasedEvent;
import uk.nhs.coproduction.alwaysevents.statement.VisionStatement;
import uk.nhs.coproduction.alwaysevents.store.Erased;
import uk.nhs.coproduction.alwaysevents.store.Erasure;
import uk.nhs.coproduction.alwaysevents.store.ErasureResult;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.History;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/**
 * The contract of {@link EventStore}, as JUnit 5 tests: extend this class in your store's tests
 * and return a fresh, empty store from {@link #newStore()}; every test here then runs against it.
 *
 * <pre>{@code
 * class MyStoreContractTest extends EventStoreContract {
 *     @Override
 *     protected EventStore newStore() {
 *         return MyStore.open(freshDatabase());
 *     }
 * }
 * }</pre>
 *
 * <p>It checks: appending and reading back, {@code readAfter}, versions; a conflict on a stale
 * expected version that appends nothing; appends of several events that are all or nothing;
 * threads racing on one project (exactly one success per version, the rest conflicts, never a
 * merge) and on different projects (no interference); order; snapshots never newer than the
 * log; the sorted project listing; ids that try to escape (refused by {@link ProjectId}, or
 * harmless); events that come back byte-identical through {@link EventJson}; listeners told once
 * per append through {@link AlwaysEventProjects}; and erasure ({@link EventStore#erase}): the
 * words gone from every read and the snapshot, the rest unchanged, versions contiguous, the log
 * replaying, refusals of what does not exist, erasing twice being erasing once, no stale snapshot
 * kept, appends racing erasures never lost, and no cached copy serving erased words. A store that keeps its events across a restart
 * extends {@link DurableEventStoreContract} instead, and one whose appends can be torn by a crash
 * (a file) extends {@link TornWriteEventStoreContract}: each adds the tests that apply, so no
 * test is ever skipped for a store it does not fit. Stores that are {@link AutoCloseable} are
 * closed after each test.
 *
 * @since 0.1.0
 */
public abstract class EventStoreContract {

    /** How many threads race in the concurrency tests. */
    protected static final int RACERS = 8;

    private final List<EventStore> opened = Collections.synchronizedList(new ArrayList<>());

    /** For subclasses. */
    protected EventStoreContract() {
    }

    /**
     * A fresh, empty store, independent of every store made before.
     *
     * @return the store
     */
    protected abstract EventStore newStore();

    /**
     * Closes the stores this test made that are {@link AutoCloseable}.
     *
     * @throws Exception if a store's {@code close} throws
     */
    @AfterEach
    public final void closeStores() throws Exception {
        List<EventStore> stores = new ArrayList<>(opened);
        opened.clear();
        Collections.reverse(stores);
        for (EventStore store : stores) {
            if (store instanceof AutoCloseable) {
                ((AutoCloseable) store).close();
            }
        }
    }

    /**
     * A fresh store from {@link #newStore()}, closed after the test.
     *
     * @return the store
     */
    protected final EventStore store() {
        return track(newStore());
    }

    /**
     * Closes {@code store} after the test, if it is {@link AutoCloseable}.
     *
     * @param store a store this test made
     * @return the same store
     */
    protected final EventStore track(EventStore store) {
        opened.add(store);
        return store;
    }

    /**
     * A project id.
     *
     * @param value its text
     * @return the id
     */
    protected static ProjectId id(String value) {
        return ProjectId.of(value);
    }

    // ----- reading and appending -----

    /** An unknown project has an empty log at version 0 and is not listed. */
    @Test
    public void anUnknownProjectIsEmptyAtVersionZero() {
        EventStore store = store();
        ProjectId project = id("never-written");

        assertThat(store.read(project).events()).isEmpty();
        assertThat(store.readAfter(project, 0).events()).isEmpty();
        assertThat(store.version(project)).isZero();
        assertThat(store.snapshot(project)).isEmpty();
        assertThat(store.projects()).isEmpty();
    }

    /** Appended events are read back equal and in order, and the version counts them. */
    @Test
    public void appendedEventsAreReadBackInOrder() {
        EventStore store = store();
        ProjectId project = id("read-back");
        List<RecordedEvent> first = TestEvents.after(project, 0, 3);
        List<RecordedEvent> second = TestEvents.after(project, 3, 2);

        assertThat(store.append(project, 0, first)).isEqualTo(new AppendResult.Appended(3));
        assertThat(store.append(project, 3, second)).isEqualTo(new AppendResult.Appended(5));

        List<RecordedEvent> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(store.read(project).events()).containsExactlyElementsOf(all);
        assertThat(store.version(project)).isEqualTo(5);
        assertThat(store.projects()).containsExactly(project);
    }

    /** {@code readAfter} gives the events after a version; before 0 is the whole log, past the end nothing. */
    @Test
    public void readAfterGivesTheEventsAfterAVersion() {
        EventStore store = store();
        ProjectId project = id("read-after");
        List<RecordedEvent> events = TestEvents.after(project, 0, 6);
        store.append(project, 0, events);

        assertThat(store.readAfter(project, 0).events()).containsExactlyElementsOf(events);
        assertThat(store.readAfter(project, 4).events()).containsExactlyElementsOf(events.subList(4, 6));
        assertThat(store.readAfter(project, 6).events()).isEmpty();
        assertThat(store.readAfter(project, 99).events()).isEmpty();
        assertThat(store.readAfter(project, -1).events()).containsExactlyElementsOf(events);
    }

    /** Each event comes back with the same JSON, byte for byte, as the event that was appended. */
    @Test
    public void eventsComeBackByteIdenticalThroughEventJson() {
        EventStore store = store();
        ProjectId project = id("json-round-trip");
        List<RecordedEvent> events = TestEvents.after(project, 0, 4);
        store.append(project, 0, events);

        List<RecordedEvent> back = store.read(project).events();
        assertThat(back).hasSameSizeAs(events);
        for (int i = 0; i < events.size(); i++) {
            assertThat(EventJson.write(back.get(i))).isEqualTo(EventJson.write(events.get(i)));
        }
        assertThat(EventJson.write(back.get(0))).contains("Ünïcødé 😀");
        assertThat(back.get(0).recordedAt()).isEqualTo(events.get(0).recordedAt());
    }

    // ----- optimistic concurrency -----

    /** An append on a stale expected version is a conflict naming both versions, and appends nothing. */
    @Test
    public void aStaleExpectedVersionIsAConflictAndAppendsNothing() {
        EventStore store = store();
        ProjectId project = id("stale");
        store.append(project, 0, TestEvents.after(project, 0, 2));
        List<RecordedEvent> before = store.read(project).events();

        AppendResult stale = store.append(project, 1, TestEvents.after(project, 1, 3));
        AppendResult ahead = store.append(project, 5, TestEvents.after(project, 5, 1));
        AppendResult fresh = store.append(project, 0, TestEvents.after(project, 0, 1));

        assertThat(stale).isEqualTo(new AppendResult.Conflict(1, 2));
        assertThat(ahead).isEqualTo(new AppendResult.Conflict(5, 2));
        assertThat(fresh).isEqualTo(new AppendResult.Conflict(0, 2));
        assertThat(store.read(project).events()).containsExactlyElementsOf(before);
        assertThat(store.version(project)).isEqualTo(2);
    }

    /** Events for another project, or numbered wrongly, are refused and nothing is appended. */
    @Test
    public void malformedAppendsAreRefusedAndAppendNothing() {
        EventStore store = store();
        ProjectId project = id("malformed");
        store.append(project, 0, TestEvents.after(project, 0, 1));

        assertThatThrownBy(() -> store.append(project, 1, TestEvents.after(id("elsewhere"), 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.append(project, 1, List.of(TestEvents.event(project, 2), TestEvents.event(project, 4))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.append(project, 1, List.of())).isInstanceOf(IllegalArgumentException.class);

        assertThat(store.version(project)).isEqualTo(1);
        assertThat(store.projects()).containsExactly(project);
    }

    /**
     * Threads racing to append at the same version: in every round exactly one appends and every
     * other gets a conflict with the new version; the log holds one winner per version.
     *
     * @throws Exception if a racing thread fails or does not finish in time
     */
    @Test
    public void ofAppendersRacingOnOneProjectExactlyOneWinsEachVersion() throws Exception {
        EventStore store = store();
        ProjectId project = id("race");
        int rounds = 15;
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<RecordedEvent> winners = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long expected = round;
                CyclicBarrier start = new CyclicBarrier(RACERS);
                List<Future<AppendResult>> results = new ArrayList<>();
                List<RecordedEvent> candidates = new ArrayList<>();
                for (int racer = 0; racer < RACERS; racer++) {
                    RecordedEvent candidate = TestEvents.event(project, expected + 1, Actor.of("racer-" + racer));
                    candidates.add(candidate);
                    results.add(pool.submit((Callable<AppendResult>) () -> {
                        start.await(30, TimeUnit.SECONDS);
                        return store.append(project, expected, List.of(candidate));
                    }));
                }
                int appended = 0;
                for (int racer = 0; racer < RACERS; racer++) {
                    AppendResult result = results.get(racer).get(60, TimeUnit.SECONDS);
                    if (result.isAppended()) {
                        appended++;
                        assertThat(result).isEqualTo(new AppendResult.Appended(expected + 1));
                        winners.add(candidates.get(racer));
                    } else {
                        assertThat(result).isEqualTo(new AppendResult.Conflict(expected, expected + 1));
                    }
                }
                assertThat(appended).as("appenders that succeeded at version %d", expected + 1).isEqualTo(1);
            }
            assertThat(store.read(project).events()).containsExactlyElementsOf(winners);
            assertThat(store.version(project)).isEqualTo(rounds);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Threads appending to different projects all succeed and each project holds only its own events.
     *
     * @throws Exception if a writing thread fails or does not finish in time
     */
    @Test
    public void appendersOnDifferentProjectsDoNotInterfere() throws Exception {
        EventStore store = store();
        int events = 25;
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CyclicBarrier start = new CyclicBarrier(RACERS);
            List<Future<Integer>> done = new ArrayList<>();
            List<ProjectId> projects = new ArrayList<>();
            for (int racer = 0; racer < RACERS; racer++) {
                ProjectId project = id("parallel-" + racer);
                projects.add(project);
                done.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    int appended = 0;
                    for (long version = 0; version < events; version++) {
                        if (store.append(project, version, List.of(TestEvents.event(project, version + 1))).isAppended()) {
                            appended++;
                        }
                    }
                    return appended;
                }));
            }
            for (Future<Integer> racer : done) {
                assertThat(racer.get(120, TimeUnit.SECONDS)).isEqualTo(events);
            }
            for (ProjectId project : projects) {
                assertThat(store.read(project).events()).containsExactlyElementsOf(TestEvents.after(project, 0, events));
            }
            assertThat(store.projects()).containsExactlyElementsOf(projects);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Projects whose ids share a prefix keep separate logs. */
    @Test
    public void projectsWhoseIdsSharePrefixesKeepSeparateLogs() {
        EventStore store = store();
        List<ProjectId> ids = List.of(id("a"), id("a-b"), id("a-b-c"), id("ab"));
        for (int i = 0; i < ids.size(); i++) {
            store.append(ids.get(i), 0, TestEvents.after(ids.get(i), 0, i + 1));
        }
        for (int i = 0; i < ids.size(); i++) {
            assertThat(store.read(ids.get(i)).events()).containsExactlyElementsOf(TestEvents.after(ids.get(i), 0, i + 1));
        }
    }

    // ----- listing and ids -----

    /** The listing is sorted by id and holds only projects with events. */
    @Test
    public void projectsAreListedSortedById() {
        EventStore store = store();
        List<ProjectId> written = List.of(id("zulu"), id("alpha"), id("m-9"), id("0-first"), id("mike"));
        for (ProjectId project : written) {
            store.append(project, 0, TestEvents.after(project, 0, 1));
        }
        store.read(id("only-read"));
        store.version(id("only-asked"));

        assertThat(store.projects()).containsExactly(id("0-first"), id("alpha"), id("m-9"), id("mike"), id("zulu"));
    }

    /** Ids that try to leave a directory or smuggle odd characters are refused before any store sees them. */
    @Test
    public void idsThatTryToEscapeAreRefused() {
        List<String> escapes = List.of("../etc", "..", ".", "a/b", "a\\b", "/abs", "A", "", " x", "x\u0000",
                "x\n", "%2e%2e", "trust.events", "ünï", "a".repeat(65), "con", "nul", "-lead");
        for (String text : escapes) {
            assertThat(ProjectId.problemWith(text)).as("problem with %s", text.replace("\u0000", "\\0")).isNotNull();
            assertThatThrownBy(() -> ProjectId.of(text)).isInstanceOf(IllegalArgumentException.class);
        }
        EventStore store = store();
        assertThat(store.projects()).isEmpty();
    }

    /** The most awkward ids that are allowed are harmless: stored, read back and listed as themselves. */
    @Test
    public void theOddestAllowedIdsAreHarmless() {
        EventStore store = store();
        List<ProjectId> odd = List.of(id("0"), id("a--b"), id("x-"), id("z".repeat(64)), id("con1"), id("select"),
                id("drop-table"));
        for (ProjectId project : odd) {
            assertThat(store.append(project, 0, TestEvents.after(project, 0, 2)).isAppended()).isTrue();
        }
        for (ProjectId project : odd) {
            assertThat(store.read(project).events()).containsExactlyElementsOf(TestEvents.after(project, 0, 2));
        }
        assertThat(store.projects()).containsExactlyElementsOf(odd.stream().sorted().toList());
    }

    // ----- snapshots -----

    /** A saved snapshot, if kept, is the project at its version, never newer than the log. */
    @Test
    public void aSnapshotIsNeverNewerThanTheLog() {
        EventStore store = store();
        ProjectId project = id("snapshots");
        List<RecordedEvent> events = TestEvents.after(project, 0, 5);
        store.append(project, 0, events);
        AlwaysEventProject atFour = AlwaysEventProject.replay(events.subList(0, 4)).orElseThrow();
        AlwaysEventProject atSix = AlwaysEventProject.replay(TestEvents.after(project, 0, 6)).orElseThrow();

        store.saveSnapshot(atFour);
        assertThatThrownBy(() -> store.saveSnapshot(atSix)).isInstanceOf(IllegalArgumentException.class);

        Optional<AlwaysEventProject> snapshot = store.snapshot(project);
        assertThat(snapshot).hasValueSatisfying(s -> {
            assertThat(s.version()).isLessThanOrEqualTo(store.version(project));
            assertThat(s).isEqualTo(AlwaysEventProject.replay(events.subList(0, (int) s.version())).orElseThrow());
        });
        assertThat(store.snapshot(id("no-such-project"))).isEmpty();
    }

    /** A snapshot of a project the log does not hold is refused. */
    @Test
    public void aSnapshotOfAnUnknownProjectIsRefused() {
        EventStore store = store();
        ProjectId project = id("not-in-log");
        AlwaysEventProject ghost = AlwaysEventProject.replay(TestEvents.after(project, 0, 2)).orElseThrow();

        assertThatThrownBy(() -> store.saveSnapshot(ghost)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.snapshot(project)).isEmpty();
        assertThat(store.projects()).isEmpty();
    }

    // ----- through AlwaysEventProjects -----

    /** Listeners hear each recorded command's events once, in order; a conflict records and tells nothing. */
    @Test
    public void listenersHearEachAppendOnceAndConflictsNotAtAll() {
        EventStore store = store();
        List<Long> heard = Collections.synchronizedList(new ArrayList<>());
        Clock clock = Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);
        AlwaysEventProjects projects = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), clock)
                .withListener((project, events) -> events.forEach(e -> heard.add(e.version())));
        ProjectId project = id("listened");
        store.append(project, 0, List.of(TestEvents.event(project, 1)));
        Actor lead = Actor.of("qi-lead");

        CommandOutcome first = projects.handle(project, 1, lead, new RecordMeasurementCommand("2026-01", 17, 20));
        CommandOutcome second = projects.handle(project, 2, lead, new RecordMeasurementCommand("2026-02", 18, 20));
        CommandOutcome stale = projects.handle(project, 1, lead, new RecordMeasurementCommand("2026-03", 19, 20));

        assertThat(first).isInstanceOf(CommandOutcome.Recorded.class);
        assertThat(second).isInstanceOf(CommandOutcome.Recorded.class);
        assertThat(stale).isEqualTo(new CommandOutcome.Conflict(1, 3));
        assertThat(heard).containsExactly(2L, 3L);
        assertThat(store.version(project)).isEqualTo(3);
        assertThat(projects.project(project).orElseThrow().measurements()).hasSize(2);
    }

    // ----- erasure -----

    private static final Instant ERASED_AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final Actor DPO = Actor.of("data-protection-officer");

    /**
     * An erasure request.
     *
     * @param project the project
     * @param targets what to erase
     * @return the request, by the data protection officer because the person asked
     */
    protected static Erasure erasure(ProjectId project, Erasure.Target... targets) {
        return Erasure.of(project, List.of(targets), ErasureReason.PERSON_ASKED, DPO, ERASED_AT);
    }

    /**
     * Asserts that no event read from {@code store} for {@code project}, by {@code read} or by
     * {@code readAfter}, and no snapshot, holds {@code words}.
     *
     * @param store the store
     * @param project the project
     * @param words the erased words
     */
    protected static void assertNowhere(EventStore store, ProjectId project, String words) {
        assertThat(store.read(project).events()).allSatisfy(e -> assertThat(EventJson.write(e)).doesNotContain(words));
        for (long after = 0; after <= store.version(project); after++) {
            assertThat(store.readAfter(project, after).events())
                    .allSatisfy(e -> assertThat(EventJson.write(e)).doesNotContain(words));
        }
        store.snapshot(project).ifPresent(s -> assertThat(EventJson.writeSnapshot(s)).doesNotContain(words));
    }

    /**
     * Erasing a partner's words replaces them with the marker in the stored events, in place:
     * gone from {@code read}, {@code readAfter} and the snapshot; the other events are unchanged,
     * versions stay contiguous and one {@code WordsErasedEvent} naming the fields, never the words,
     * is appended.
     */
    @Test
    public void erasedWordsAreGoneFromEveryReadAndTheSnapshot() {
        EventStore store = store();
        ProjectId project = id("erased");
        List<RecordedEvent> log = TestEvents.withWords(project);
        store.append(project, 0, log);
        store.saveSnapshot(AlwaysEventProject.replay(log).orElseThrow());

        ErasureResult result = store.erase(erasure(project, new Erasure.WordsOf(TestEvents.SPEAKER)));

        List<ErasedField> fields = List.of(ErasedField.of(2, "weDid"), ErasedField.of(2, "youSaid"),
                ErasedField.of(3, "evidence.summary"));
        assertThat(result).isEqualTo(new ErasureResult.Accepted(new Erased(project, 6, fields)));
        assertNowhere(store, project, TestEvents.PRIVATE_WORDS);
        List<RecordedEvent> after = store.read(project).events();
        String marker = WordsErasedEvent.MARKER;
        List<RecordedEvent> expected = TestEvents.withWords(project, marker, marker, marker);
        assertThat(after.subList(0, 5)).containsExactlyElementsOf(expected);
        assertThat(after).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(after.get(5)).isEqualTo(RecordedEvent.of(project, 6, ERASED_AT, DPO, TestEvents.DEFINITION,
                new WordsErasedEvent(fields, ErasureReason.PERSON_ASKED)));
        assertThat(store.version(project)).isEqualTo(6);
        assertThat(EventJson.write(after.get(4))).contains(TestEvents.OTHER_PRIVATE_WORDS);
    }

    /**
     * The erased log replays: to the project the unerased log gives, with the marker in place of
     * the erased text and one version more.
     */
    @Test
    public void anErasedLogReplaysToTheSameProjectApartFromTheErasedText() {
        EventStore store = store();
        ProjectId project = id("replayed");
        store.append(project, 0, TestEvents.withWords(project));

        store.erase(erasure(project, Erasure.Fields.of(2, "youSaid"), Erasure.Fields.of(5))).orElseThrow();

        AlwaysEventProject replayed = AlwaysEventProject.replay(store.read(project).events()).orElseThrow();
        List<RecordedEvent> expected = new ArrayList<>(TestEvents.withWords(project, WordsErasedEvent.MARKER,
                TestEvents.OTHER_PRIVATE_WORDS, TestEvents.PRIVATE_WORDS));
        RecordedEvent vision = expected.get(4);
        expected.set(4, RecordedEvent.of(project, 5, vision.recordedAt(), vision.actor(), vision.definition(),
                new VisionStatedEvent(new VisionStatement(WordsErasedEvent.MARKER,
                        ((VisionStatedEvent) vision.event()).vision().agreedOn()))));
        expected.add(store.read(project).events().get(5));
        assertThat(replayed).isEqualTo(AlwaysEventProject.replay(expected).orElseThrow());
        assertThat(replayed.version()).isEqualTo(6);
        assertThat(replayed.impactLog().get(0).youSaid()).isEqualTo(WordsErasedEvent.MARKER);
        assertThat(replayed.impactLog().get(0).weDid()).isEqualTo(TestEvents.OTHER_PRIVATE_WORDS);
        assertThat(replayed.measurements()).isEqualTo(AlwaysEventProject.replay(TestEvents.withWords(project))
                .orElseThrow().measurements());
    }

    /**
     * An erasure naming a version the log does not have, a field the event does not have, or an
     * event without free text is refused with every reason, and changes nothing; so is one of a
     * project the store does not hold.
     */
    @Test
    public void anErasureOfWhatDoesNotExistIsRefusedAndChangesNothing() {
        EventStore store = store();
        ProjectId project = id("refused");
        List<RecordedEvent> log = TestEvents.withWords(project);
        store.append(project, 0, log);

        ErasureResult result = store.erase(erasure(project, Erasure.Fields.of(99), Erasure.Fields.of(2, "nickname"),
                Erasure.Fields.of(4), new Erasure.WordsOf(TestEvents.SPEAKER)));
        ErasureResult unknown = store.erase(erasure(id("no-such-project"), Erasure.Fields.of(1)));

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.reasons()).extracting(r -> r.code())
                .containsExactly("ERASURE_NO_FREE_TEXT", "ERASURE_NO_SUCH_FIELD", "ERASURE_NO_SUCH_VERSION");
        assertThat(result.reasons().get(2).message()).isEqualTo("The project has no event at version 99; it is at version 5.");
        assertThat(unknown.reasons()).extracting(r -> r.code()).containsExactly("ERASURE_NO_SUCH_PROJECT");
        assertThat(store.read(project).events()).containsExactlyElementsOf(log);
        assertThat(store.projects()).containsExactly(project);
        assertThatThrownBy(result::orElseThrow).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The erasure was refused (3 reasons):");
    }

    /** Erasing twice is erasing once: the second finds nothing to erase and changes nothing. */
    @Test
    public void erasingTwiceIsErasingOnce() {
        EventStore store = store();
        ProjectId project = id("twice");
        store.append(project, 0, TestEvents.withWords(project));
        Erasure request = erasure(project, new Erasure.WordsOf(TestEvents.SPEAKER), Erasure.Fields.of(2));

        Erased first = store.erase(request).orElseThrow();
        List<RecordedEvent> once = store.read(project).events();
        Erased second = store.erase(request).orElseThrow();

        assertThat(first.nothingToErase()).isFalse();
        assertThat(second).isEqualTo(new Erased(project, 6, List.of()));
        assertThat(second.nothingToErase()).isTrue();
        assertThat(store.read(project).events()).containsExactlyElementsOf(once);
        assertThat(store.erase(erasure(project, new Erasure.WordsOf(PartnerId.of("partner-silent")))).orElseThrow())
                .isEqualTo(new Erased(project, 6, List.of()));
    }

    /** A snapshot of the project as it was before an erasure is never kept afterwards. */
    @Test
    public void aSnapshotOlderThanAnErasureIsNotKept() {
        EventStore store = store();
        ProjectId project = id("stale-snapshot");
        List<RecordedEvent> log = TestEvents.withWords(project);
        store.append(project, 0, log);
        AlwaysEventProject before = AlwaysEventProject.replay(log).orElseThrow();

        store.erase(erasure(project, new Erasure.WordsOf(TestEvents.SPEAKER))).orElseThrow();
        store.saveSnapshot(before);

        assertNowhere(store, project, TestEvents.PRIVATE_WORDS);
        AlwaysEventProject after = AlwaysEventProject.replay(store.read(project).events()).orElseThrow();
        store.saveSnapshot(after);
        store.snapshot(project).ifPresent(s -> assertThat(s).isEqualTo(after));
    }

    /**
     * Appends racing erasures are never lost: every acknowledged append is in the log afterwards,
     * unchanged, versions stay contiguous, and every erasure is recorded once with its words gone.
     *
     * @throws Exception if a racing thread fails or does not finish in time
     */
    @Test
    public void appendsRacingErasuresAreNotLost() throws Exception {
        EventStore store = store();
        ProjectId project = id("erase-race");
        store.append(project, 0, TestEvents.withWords(project));
        int appenders = RACERS - 1;
        int each = 12;
        List<Erasure> erasures = List.of(erasure(project, Erasure.Fields.of(2, "youSaid")),
                erasure(project, Erasure.Fields.of(2, "weDid")), erasure(project, Erasure.Fields.of(3)),
                erasure(project, Erasure.Fields.of(5)));
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CyclicBarrier start = new CyclicBarrier(RACERS);
            List<Future<List<RecordedEvent>>> appended = new ArrayList<>();
            for (int racer = 0; racer < appenders; racer++) {
                Actor actor = Actor.of("appender-" + racer);
                appended.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<RecordedEvent> mine = new ArrayList<>();
                    while (mine.size() < each) {
                        long version = store.version(project);
                        RecordedEvent event = TestEvents.event(project, version + 1, actor);
                        if (store.append(project, version, List.of(event)).isAppended()) {
                            mine.add(event);
                        }
                    }
                    return mine;
                }));
            }
            Future<List<ErasureResult>> erased = pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                List<ErasureResult> results = new ArrayList<>();
                for (Erasure request : erasures) {
                    results.add(store.erase(request));
                }
                return results;
            });
            List<RecordedEvent> acknowledged = new ArrayList<>();
            for (Future<List<RecordedEvent>> future : appended) {
                acknowledged.addAll(future.get(120, TimeUnit.SECONDS));
            }
            List<ErasureResult> results = erased.get(120, TimeUnit.SECONDS);

            List<RecordedEvent> log = store.read(project).events();
            assertThat(results).allSatisfy(r -> assertThat(r.orElseThrow().fields()).hasSize(1));
            assertThat(log).hasSize(5 + appenders * each + erasures.size());
            assertThat(log).containsAll(acknowledged);
            for (int i = 0; i < log.size(); i++) {
                assertThat(log.get(i).version()).isEqualTo(i + 1L);
            }
            assertThat(log).filteredOn(e -> e.event() instanceof WordsErasedEvent).hasSize(erasures.size());
            assertNowhere(store, project, TestEvents.PRIVATE_WORDS);
            assertNowhere(store, project, TestEvents.OTHER_PRIVATE_WORDS);
            assertThat(AlwaysEventProject.replay(log)).isPresent();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Through {@link AlwaysEventProjects}: after an erasure no copy of the project serves the
     * words, neither the one that erased (it forgets its cache) nor another over the same store
     * with the project cached from before (it meets the {@code WordsErasedEvent} and replays), and
     * listeners hear the {@code WordsErasedEvent} with the erased project.
     */
    @Test
    public void projectsServeNoErasedWordsAfterAnErasure() {
        EventStore store = store();
        ProjectId project = id("served");
        store.append(project, 0, TestEvents.withWords(project));
        Clock clock = Clock.fixed(ERASED_AT, ZoneOffset.UTC);
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        AlwaysEventProjects eraser = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), clock)
                .withListener((p, events) -> events.forEach(e -> heard.add(e.version() + " "
                        + e.event().getClass().getSimpleName() + " " + p.impactLog().get(0).youSaid())));
        AlwaysEventProjects other = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), clock);
        assertThat(eraser.project(project).orElseThrow().impactLog().get(0).youSaid()).isEqualTo(TestEvents.PRIVATE_WORDS);
        assertThat(other.project(project).orElseThrow().whatMatters().get(0).summary()).isEqualTo(TestEvents.PRIVATE_WORDS);

        ErasureResult result = eraser.erase(project, DPO, ErasureReason.RECORDED_BY_MISTAKE,
                List.of(new Erasure.WordsOf(TestEvents.SPEAKER)));

        assertThat(result.isAccepted()).isTrue();
        for (AlwaysEventProjects projects : List.of(eraser, other)) {
            AlwaysEventProject now = projects.project(project).orElseThrow();
            assertThat(now.version()).isEqualTo(6);
            assertThat(now.impactLog().get(0).youSaid()).isEqualTo(WordsErasedEvent.MARKER);
            assertThat(now.whatMatters().get(0).summary()).isEqualTo(WordsErasedEvent.MARKER);
        }
        assertThat(heard).containsExactly("6 WordsErasedEvent " + WordsErasedEvent.MARKER);
        RecordedEvent audit = store.read(project).events().get(5);
        assertThat(audit.actor()).isEqualTo(DPO);
        assertThat(audit.recordedAt()).isEqualTo(ERASED_AT);
        assertThat(((WordsErasedEvent) audit.event()).reason()).isEqualTo(ErasureReason.RECORDED_BY_MISTAKE);
    }
}
