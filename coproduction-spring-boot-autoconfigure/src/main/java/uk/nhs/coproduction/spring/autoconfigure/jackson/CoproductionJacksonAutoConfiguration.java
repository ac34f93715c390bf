package uk.nhs.coproduction.spring.autoconfigure.jackson;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link CoproductionJacksonModule} as a bean, which Spring Boot 4.0 adds to its Jackson 3
 * {@code JsonMapper} (as it adds every {@code JacksonModule} bean). It runs before Boot's Jackson
 * auto-configuration.
 *
 * @since 0.1.0
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
public class CoproductionJacksonAutoConfiguration {

    /** Configured by Spring Boot. */
    public CoproductionJacksonAutoConfiguration() {
    }

    /**
     * The module.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public CoproductionJacksonModule coproductionJacksonModule() {
        return new CoproductionJacksonModule();
    }
}
