package uk.nhs.coproduction.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.catalog.Catalog;
import uk.nhs.coproduction.spring.autoconfigure.CoproductionAutoConfiguration;

/**
 * Micrometer metrics for the library's beans, when Micrometer is on the class path: the
 * application's {@link MeterRegistry} if it has one (Boot's Actuator), else Micrometer's global
 * registry.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoproductionAutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
public class CoproductionMetricsAutoConfiguration {

    /** Configured by Spring Boot. */
    public CoproductionMetricsAutoConfiguration() {
    }

    /**
     * Times every append of the {@code AlwaysEventProjects} bean.
     *
     * @param registry the application's registry, if it has one
     * @return the observer
     */
    @Bean
    @ConditionalOnMissingBean
    public MicrometerStoreObserver coproductionStoreMetrics(ObjectProvider<MeterRegistry> registry) {
        return new MicrometerStoreObserver(registry.getIfAvailable(() -> Metrics.globalRegistry));
    }

    /**
     * Counts the commands handled, by outcome.
     *
     * @param projects the projects
     * @param registry the application's registry, if it has one
     * @return the metered projects
     */
    @Bean
    @ConditionalOnMissingBean
    public MeteredProjects meteredProjects(AlwaysEventProjects projects, ObjectProvider<MeterRegistry> registry) {
        return new MeteredProjects(projects, registry.getIfAvailable(() -> Metrics.globalRegistry));
    }

    /**
     * Times the catalogue's searches.
     *
     * @param catalog the catalogue
     * @param registry the application's registry, if it has one
     * @return the metered catalogue
     */
    @Bean
    @ConditionalOnMissingBean
    public MeteredCatalog meteredCatalog(Catalog catalog, ObjectProvider<MeterRegistry> registry) {
        return new MeteredCatalog(catalog, registry.getIfAvailable(() -> Metrics.globalRegistry));
    }
}
