package uk.nhs.coproduction.alwaysevents.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.MeasurementRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/**
 * Optimistic concurrency, for both stores: a command decided on an old version is refused as a
 * conflict and never merged; of commands racing on one version exactly one is recorded.
 */
class ConcurrencyTest {

    @TempDir
    static Path folder;

    static Stream<Function<String, EventStore>> stores() {
        return Stream.of(name -> new InMemoryEventStore(), name -> FileEventStore.open(folder.resolve(name)));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aCommandDecidedOnAStaleVersionIsAConflictAndChangesNothing(Function<String, EventStore> stores) {
        Scenario s = Scenario.using(stores.apply("stale"), WorkflowDefinition.standard()).started().measure(10, 20);
        long version = s.project().version();

        CommandOutcome stale = s.projects.handle(s.id, version - 1, s.lead, new RecordMeasurementCommand("2017-05", 11, 20));

        assertThat(stale).isEqualTo(new CommandOutcome.Conflict(version - 1, version));
        assertThat(s.project().version()).isEqualTo(version);
        assertThat(s.project().measurements()).hasSize(1);
        closeIfFile(s.projects.store());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theStoreRefusesAnAppendOnAStaleVersionEvenWhenTheCallerSkippedTheCheck(Function<String, EventStore> stores) {
        EventStore store = stores.apply("skipped");
        Scenario s = Scenario.using(store, WorkflowDefinition.standard()).started();
        RecordedEvent late = RecordedEvent.of(s.id, 1, Instant.EPOCH, Actor.of("other"), WorkflowDefinition.standard().version(),
                new MeasurementRecordedEvent(Measurement.of("2017-01", 1, 2)));

        AppendResult result = store.append(s.id, 0, List.of(late));

        assertThat(result).isEqualTo(new AppendResult.Conflict(0, 1));
        assertThat(store.read(s.id).events()).hasSize(1);
        closeIfFile(store);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void ofCommandsRacingOnOneVersionExactlyOneIsRecorded(Function<String, EventStore> stores) throws Exception {
        EventStore store = stores.apply("race");
        Scenario s = Scenario.using(store, WorkflowDefinition.standard()).started();
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CommandOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String period = "2017-" + String.format("%02d", i + 1);
            Callable<CommandOutcome> racer = () -> {
                start.await();
                // Each racer decides on version 1 through its own service (its own cache), as separate servers would.
                AlwaysEventProjects mine = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), s.clock);
                return mine.handle(s.id, 1, Actor.of("racer"), new RecordMeasurementCommand(period, 1, 2));
            };
            outcomes.add(pool.submit(racer));
        }
        start.countDown();
        List<CommandOutcome> results = new ArrayList<>();
        for (Future<CommandOutcome> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results.stream().filter(CommandOutcome::isRecorded)).hasSize(1);
        assertThat(results.stream().filter(r -> r instanceof CommandOutcome.Conflict)).hasSize(racers - 1);
        assertThat(store.read(s.id).events()).hasSize(2);
        assertThat(s.project().measurements()).hasSize(1);
        closeIfFile(store);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anotherServiceOnTheSameStoreSeesEveryAppend(Function<String, EventStore> stores) {
        EventStore store = stores.apply("shared");
        Scenario s = Scenario.using(store, WorkflowDefinition.standard()).started();
        AlwaysEventProjects other = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), s.clock);
        assertThat(other.project(s.id)).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo(1));

        s.measure(3, 4).measure(4, 4);

        assertThat(other.project(s.id)).hasValueSatisfying(p -> assertThat(p.measurements()).hasSize(2));
        assertThat(other.projects()).containsExactly(ProjectId.of("test-project"));
        closeIfFile(store);
    }

    private static void closeIfFile(EventStore store) {
        if (store instanceof FileEventStore file) {
            file.close();
        }
    }
}
