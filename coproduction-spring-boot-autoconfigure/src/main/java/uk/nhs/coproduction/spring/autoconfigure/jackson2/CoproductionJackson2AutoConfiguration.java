package uk.nhs.coproduction.spring.autoconfigure.jackson2;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link CoproductionJackson2Module} as a bean, when Jackson 2 is on the class path: Spring
 * Boot 3.5 adds every Jackson 2 {@code Module} bean to its {@code ObjectMapper} (as Boot 4.0 does
 * with {@code spring-boot-jackson2}). It runs before Boot's Jackson 2 auto-configuration, named for
 * both Boot lines.
 *
 * @since 0.1.0
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",   // Boot 3.5
    "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration"  // Boot 4.0, spring-boot-jackson2
})
@ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
public class CoproductionJackson2AutoConfiguration {

    /** Configured by Spring Boot. */
    public CoproductionJackson2AutoConfiguration() {
    }

    /**
     * The module.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public CoproductionJackson2Module coproductionJackson2Module() {
        return new CoproductionJackson2Module();
    }
}
