package uk.nhs.coproduction.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.postgres.PostgresEventStore;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.catalog.Catalog;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.validation.ModelValidator;
import uk.nhs.coproduction.spring.autoconfigure.health.CoproductionHealthAutoConfiguration;
import uk.nhs.coproduction.spring.autoconfigure.internal.StartupRefusalAnalyzer;
import uk.nhs.coproduction.spring.autoconfigure.health.EventStoreHealthIndicator;
import uk.nhs.coproduction.spring.autoconfigure.health.boot3.CoproductionHealth3AutoConfiguration;
import uk.nhs.coproduction.spring.autoconfigure.health.boot3.EventStoreHealthIndicator3;
import uk.nhs.coproduction.spring.autoconfigure.jackson.CoproductionJacksonAutoConfiguration;
import uk.nhs.coproduction.spring.autoconfigure.jackson.CoproductionJacksonModule;
import uk.nhs.coproduction.spring.autoconfigure.jackson2.CoproductionJackson2AutoConfiguration;
import uk.nhs.coproduction.spring.autoconfigure.jackson2.CoproductionJackson2Module;
import uk.nhs.coproduction.spring.autoconfigure.metrics.CoproductionMetricsAutoConfiguration;
import uk.nhs.coproduction.spring.autoconfigure.metrics.MeteredCatalog;
import uk.nhs.coproduction.spring.autoconfigure.metrics.MeteredProjects;
import uk.nhs.coproduction.testing.postgres.TestDatabase;
import uk.nhs.coproduction.testing.postgres.TestPostgres;

/** The auto-configuration on Boot 4.0's container, without a web server: beans, properties, failures. */
class CoproductionAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CoproductionAutoConfiguration.class,
                    CoproductionMetricsAutoConfiguration.class, CoproductionHealthAutoConfiguration.class,
                    CoproductionHealth3AutoConfiguration.class, CoproductionJacksonAutoConfiguration.class,
                    CoproductionJackson2AutoConfiguration.class));

    @TempDir
    Path dir;

    @Test
    void byDefaultTheLibrarysEntryPointsAreBeansOnAnInMemoryStore() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(EventStore.class)).isInstanceOf(InMemoryEventStore.class);
            assertThat(context.getBean(WorkflowDefinition.class)).isEqualTo(WorkflowDefinition.standard());
            assertThat(context).hasSingleBean(AlwaysEventProjects.class).hasSingleBean(Catalog.class)
                    .hasSingleBean(HealthCheck.class).hasSingleBean(ModelValidator.class)
                    .hasSingleBean(CoproductionJacksonModule.class).hasSingleBean(CoproductionJackson2Module.class);
            assertThat(context.getBean(Catalog.class).search(Query.text("films")).total()).isPositive();
        });
    }

    @Test
    void theFileStoreKeepsProjectsInTheDataDirectoryAndIsClosedWithTheContext() {
        Path data = dir.resolve("data");
        runner.withPropertyValues("coproduction.store=file", "coproduction.data-directory=" + data).run(context -> {
            assertThat(context.getBean(EventStore.class)).isInstanceOf(FileEventStore.class);
            CommandOutcome outcome = context.getBean(AlwaysEventProjects.class).handle(ProjectId.of("humber-contact"), 0,
                    Actor.of("qi-lead"), start());
            assertThat(outcome.isRecorded()).isTrue();
        });
        // The context closed the store, so the directory can be opened again, with the project in it.
        try (FileEventStore reopened = FileEventStore.open(data)) {
            assertThat(reopened.version(ProjectId.of("humber-contact"))).isEqualTo(1);
        }
    }

    @Test
    void theFileStoreWithoutADataDirectoryStopsTheApplicationNamingTheProperty() {
        runner.withPropertyValues("coproduction.store=file").run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining("coproduction.data-directory"));
    }

    @Test
    void bootsFailureReportShowsWhatIsWrongAndWhatToDoApart() {
        runner.withPropertyValues("coproduction.store=file").run(context -> {
            FailureAnalysis analysis = new StartupRefusalAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).isEqualTo("coproduction.store=file needs coproduction.data-directory");
            assertThat(analysis.getAction()).startsWith("Set coproduction.data-directory to the directory");
        });
    }

    @Test
    void postgresWithoutADataSourceStopsTheApplicationNamingWhatToSet() {
        runner.withPropertyValues("coproduction.store=postgres").run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining("spring.datasource.url"));
    }

    @Test
    void postgresKeepsProjectsInTheApplicationsDataSource() {
        TestDatabase database = TestPostgres.newDatabase();
        runner.withBean(DataSource.class, database::dataSource).withPropertyValues("coproduction.store=postgres")
                .run(context -> {
                    assertThat(context.getBean(EventStore.class)).isInstanceOf(PostgresEventStore.class);
                    assertThat(context.getBean(AlwaysEventProjects.class).handle(ProjectId.of("humber-contact"), 0,
                            Actor.of("qi-lead"), start()).isRecorded()).isTrue();
                    Health health = context.getBean(EventStoreHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("store", "PostgresEventStore");
                });
        try (PostgresEventStore other = PostgresEventStore.open(database.newDataSource())) {
            assertThat(other.version(ProjectId.of("humber-contact"))).isEqualTo(1);
        }
    }

    @Test
    void anOverlayFileIsMergedOverTheNationalCatalogue() throws IOException {
        Path csv = Files.writeString(dir.resolve("leeds.csv"), "id,title,summary,kind,audiences,topics,partOf\n"
                + "leeds:calm-at-night,Calm at night,How our wards made nights quieter.,case-study,staff,"
                + "always-events,nhse:coproduction-resources\n");
        runner.withPropertyValues("coproduction.catalog.overlay=" + csv).run(context -> assertThat(
                context.getBean(Catalog.class).search(Query.text("quieter nights")).items())
                .anySatisfy(hit -> assertThat(hit.resource().id().toString()).isEqualTo("leeds:calm-at-night")));
    }

    @Test
    void aBrokenOverlayFileStopsTheApplicationWithEveryProblemAndItsRow() throws IOException {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "id,title,summary,kind,audiences,topics,partOf\n"
                + "leeds:ok,Fine,Fine.,guide,,,\n" + "leeds:bad,Bad,Fine.,pamphlet,nurses,,\n");
        runner.withPropertyValues("coproduction.catalog.overlay=" + csv).run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("coproduction.catalog.overlay")
                .hasMessageContaining("bad.csv").hasMessageContaining("row 3"));
    }

    @Test
    void aWorkflowDefinitionFileReplacesTheStandardOne() throws IOException {
        WorkflowDefinition own = WorkflowDefinition.standard().withVersion("leeds-always-events", "2026.2");
        Path file = Files.writeString(dir.resolve("workflow.json"), own.toJson());
        runner.withPropertyValues("coproduction.workflow.definition=" + file).run(context -> {
            assertThat(context.getBean(WorkflowDefinition.class).version()).isEqualTo(own.version());
            assertThat(context.getBean(AlwaysEventProjects.class).definition().version()).isEqualTo(own.version());
        });
    }

    @Test
    void aBrokenWorkflowDefinitionStopsTheApplicationNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("workflow.json"), "{\"id\": 3}");
        runner.withPropertyValues("coproduction.workflow.definition=" + file).run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("coproduction.workflow.definition: " + file)
                .hasStackTraceContaining("schemaVersion"));
    }

    @Test
    void onBoot4OnlyBoot4sHealthIndicatorIsConfiguredAndItIsUp() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(EventStoreHealthIndicator.class)
                    .doesNotHaveBean(EventStoreHealthIndicator3.class);
            Health health = context.getBean(EventStoreHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("store", "InMemoryEventStore");
        });
        runner.withPropertyValues("management.health.coproduction.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(EventStoreHealthIndicator.class));
    }

    @Test
    void theHealthIndicatorIsDownWhenTheStoreFailsAndNamesOnlyTheErrorsClass() {
        EventStoreHealthIndicator indicator = new EventStoreHealthIndicator(new FailingStore());
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", IllegalStateException.class.getName())
                .doesNotContainValue(FailingStore.MESSAGE);
        org.springframework.boot.actuate.health.Health boot3 = new EventStoreHealthIndicator3(new FailingStore()).health();
        assertThat(boot3.getStatus().getCode()).isEqualTo("DOWN");
    }

    @Test
    void commandsAppendsAndSearchesAreMeteredInTheApplicationsRegistry() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            MeteredProjects projects = context.getBean(MeteredProjects.class);
            ProjectId id = ProjectId.of("humber-contact");
            Actor lead = Actor.of("qi-lead");
            assertThat(projects.handle(id, 0, lead, start()).isRecorded()).isTrue();
            assertThat(projects.handle(id, 0, lead, start()).isRecorded()).isFalse(); // stale: a conflict
            assertThat(projects.handle(id, 1, lead, start()).isRecorded()).isFalse(); // started already: refused
            context.getBean(MeteredCatalog.class).search(Query.text("films"));

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get(MeteredProjects.COMMANDS).tag("outcome", "recorded").counter().count()).isEqualTo(1);
            assertThat(registry.get(MeteredProjects.COMMANDS).tag("outcome", "conflict").counter().count()).isEqualTo(1);
            assertThat(registry.get(MeteredProjects.COMMANDS).tag("outcome", "refused").counter().count()).isEqualTo(1);
            assertThat(registry.get("coproduction.store.appends").tag("result", "appended").timer().count()).isEqualTo(1);
            assertThat(registry.get(MeteredCatalog.SEARCHES).timer().count()).isEqualTo(1);
        });
    }

    @Test
    void theApplicationsOwnBeansWin() {
        InMemoryEventStore own = new InMemoryEventStore();
        runner.withBean(EventStore.class, () -> own).run(context ->
                assertThat(context.getBean(EventStore.class)).isSameAs(own));
    }

    static StartProjectCommand start() {
        return new StartProjectCommand("Humber NHS Foundation Trust", "Contact with people who matter",
                "Assessment and treatment unit", LocalDate.of(2016, 10, 3));
    }
}
