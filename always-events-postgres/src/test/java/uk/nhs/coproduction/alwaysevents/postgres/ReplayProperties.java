package uk.nhs.coproduction.alwaysevents.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.command.PauseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.ResumeProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/**
 * Replay from PostgreSQL equals live state: random commands (some refused) through
 * {@link AlwaysEventProjects} on the PostgreSQL store, with snapshots every few events; then the
 * project rebuilt by another instance (its own data source, snapshot plus tail), the project
 * replayed from the whole log, and the same commands on the in-memory store all agree.
 */
class ReplayProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Actor LEAD = Actor.of("qi-lead");
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    private static TestDatabase database;
    private static PostgresEventStore live;
    private static PostgresEventStore other;

    private static synchronized void open() {
        if (database == null) {
            database = TestPostgres.newDatabase();
            live = PostgresEventStore.open(database.dataSource());
            other = PostgresEventStore.open(database.newDataSource());
        }
    }

    @AfterContainer
    static void close() {
        if (live != null) {
            live.close();
            other.close();
        }
    }

    @Property(tries = 25)
    void replayFromPostgresqlEqualsLiveState(@ForAll("commands") List<ProjectCommand> commands,
            @ForAll @IntRange(min = 0, max = 4) int snapshotEvery) {
        open();
        ProjectId id = ProjectId.of("replayed-" + PROJECTS.incrementAndGet());
        AlwaysEventProjects onPostgres = AlwaysEventProjects.using(live, WorkflowDefinition.standard(), CLOCK)
                .withSnapshotEvery(snapshotEvery);
        AlwaysEventProjects inMemory = AlwaysEventProjects.using(new InMemoryEventStore(), WorkflowDefinition.standard(), CLOCK);

        for (ProjectCommand command : commands) {
            assertThat(onPostgres.handle(id, LEAD, command).isRecorded()).isEqualTo(inMemory.handle(id, LEAD, command).isRecorded());
        }

        AlwaysEventProject state = onPostgres.project(id).orElseThrow();
        AlwaysEventProjects elsewhere = AlwaysEventProjects.using(other, WorkflowDefinition.standard(), CLOCK);
        assertThat(elsewhere.project(id)).contains(state);
        assertThat(AlwaysEventProject.replay(other.read(id).events())).contains(state);
        assertThat(inMemory.project(id)).contains(state);
        assertThat(other.version(id)).isEqualTo(state.version());
        other.snapshot(id).ifPresent(snapshot -> assertThat(snapshot.version()).isLessThanOrEqualTo(state.version()));
    }

    @Provide
    Arbitrary<List<ProjectCommand>> commands() {
        Arbitrary<ProjectCommand> measurement = Arbitraries.integers().between(1, 18).flatMap(month ->
                Arbitraries.integers().between(0, 30).flatMap(numerator ->
                        Arbitraries.integers().between(0, 30).map(denominator -> (ProjectCommand) new RecordMeasurementCommand(
                                String.format("2025-%02d", (month - 1) % 12 + 1) + (month > 12 ? "b" : ""), numerator,
                                denominator))));
        Arbitrary<ProjectCommand> pause = Arbitraries.of(new PauseProjectCommand("Ward closed for refurbishment",
                LocalDate.of(2025, 6, 1)), new ResumeProjectCommand(LocalDate.of(2025, 7, 1)));
        Arbitrary<ProjectCommand> any = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, measurement),
                net.jqwik.api.Tuple.of(1, pause));
        return any.list().ofMinSize(0).ofMaxSize(25).map(rest -> {
            List<ProjectCommand> all = new java.util.ArrayList<>();
            all.add(new StartProjectCommand("Humber NHS Foundation Trust", "Contact with people who matter",
                    "Assessment and treatment unit", LocalDate.of(2025, 1, 6)));
            all.addAll(rest);
            return all;
        });
    }
}
