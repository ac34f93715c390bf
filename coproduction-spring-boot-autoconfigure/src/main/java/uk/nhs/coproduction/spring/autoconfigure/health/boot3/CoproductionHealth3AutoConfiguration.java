package uk.nhs.coproduction.spring.autoconfigure.health.boot3;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.spring.autoconfigure.CoproductionAutoConfiguration;

/**
 * The event store's health indicator on Spring Boot 3.5, where health indicators live in
 * {@code org.springframework.boot.actuate.health}; never on Boot 4.0, whose health API moved.
 * Off with {@code management.health.coproduction.enabled=false}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoproductionAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(EventStore.class)
@ConditionalOnProperty(name = "management.health.coproduction.enabled", matchIfMissing = true)
public class CoproductionHealth3AutoConfiguration {

    /** Configured by Spring Boot. */
    public CoproductionHealth3AutoConfiguration() {
    }

    /**
     * The indicator, named {@code coproductionEventStore} in {@code /actuator/health}.
     *
     * @param store the store
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "coproductionEventStoreHealthIndicator")
    public EventStoreHealthIndicator3 coproductionEventStoreHealthIndicator(EventStore store) {
        return new EventStoreHealthIndicator3(store);
    }
}
