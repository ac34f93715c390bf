package uk.nhs.coproduction.spring.autoconfigure;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.catalog.Catalog;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.validation.ModelValidator;
import uk.nhs.coproduction.spring.autoconfigure.internal.ConfiguredFiles;
import uk.nhs.coproduction.spring.autoconfigure.internal.JacksonAnnotationsCheck;
import uk.nhs.coproduction.spring.autoconfigure.internal.ObservedEventStore;
import uk.nhs.coproduction.spring.autoconfigure.internal.Stores;

/**
 * The library as beans: the {@link EventStore} that {@code coproduction.store} names (on the
 * application's {@code DataSource} for {@code postgres}), the {@link WorkflowDefinition},
 * {@link AlwaysEventProjects}, the resources {@link Catalog}, the co-production
 * {@link HealthCheck} and the {@link ModelValidator}. Each is configured only if the application
 * defines no bean of its type. It runs after Boot's {@code DataSource} auto-configuration, named
 * for both Boot 4.0 and 3.5.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration", // Boot 4.0
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"  // Boot 3.5
})
@EnableConfigurationProperties(CoproductionProperties.class)
public class CoproductionAutoConfiguration {

    /** Checks, before any bean is made, that the application's Jackson annotations suit Jackson 3. */
    public CoproductionAutoConfiguration() {
        JacksonAnnotationsCheck.check();
    }

    /**
     * The event store that {@code coproduction.store} names.
     *
     * @param properties the {@code coproduction.*} properties
     * @param dataSource the application's data source, used when {@code coproduction.store=postgres}
     * @return the store
     */
    @Bean
    @ConditionalOnMissingBean
    public EventStore coproductionEventStore(CoproductionProperties properties, ObjectProvider<DataSource> dataSource) {
        return Stores.open(properties, properties.store() == CoproductionProperties.Store.POSTGRES
                ? dataSource.getIfAvailable() : null);
    }

    /**
     * The workflow definition in {@code coproduction.workflow.definition}, or the standard one.
     *
     * @param properties the {@code coproduction.*} properties
     * @return the definition
     */
    @Bean
    @ConditionalOnMissingBean
    public WorkflowDefinition coproductionWorkflowDefinition(CoproductionProperties properties) {
        return ConfiguredFiles.workflow(properties.workflow().definition());
    }

    /**
     * Always Events projects in the store, decided by the workflow definition, timed by the
     * application's {@link Clock} bean if it has one (else UTC). Appends are reported to every
     * {@link StoreObserver} bean.
     *
     * @param store the event store
     * @param definition the workflow definition
     * @param clock the application's clock, if it has one
     * @param observers told about each append
     * @return the projects
     */
    @Bean
    @ConditionalOnMissingBean
    public AlwaysEventProjects alwaysEventProjects(EventStore store, WorkflowDefinition definition,
            ObjectProvider<Clock> clock, ObjectProvider<StoreObserver> observers) {
        List<StoreObserver> told = observers.orderedStream().toList();
        EventStore used = told.isEmpty() ? store : new ObservedEventStore(store, told);
        return AlwaysEventProjects.using(used, definition, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * The national resources catalogue, with the local catalogue in
     * {@code coproduction.catalog.overlay} merged over it.
     *
     * @param properties the {@code coproduction.*} properties
     * @return the catalogue
     */
    @Bean
    @ConditionalOnMissingBean
    public Catalog coproductionCatalog(CoproductionProperties properties) {
        return ConfiguredFiles.catalog(properties.catalog().overlay());
    }

    /**
     * The co-production health check with the bundled framework editions.
     *
     * @return the health check
     */
    @Bean
    @ConditionalOnMissingBean
    public HealthCheck coproductionHealthCheck() {
        return HealthCheck.standard();
    }

    /**
     * The library's validator (Hibernate Validator with the library's constraints).
     *
     * @return the validator
     */
    @Bean
    @ConditionalOnMissingBean
    public ModelValidator coproductionModelValidator() {
        return ModelValidator.standard();
    }
}
