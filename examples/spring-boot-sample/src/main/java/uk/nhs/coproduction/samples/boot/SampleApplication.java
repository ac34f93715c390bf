package uk.nhs.coproduction.samples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that uses the NHS co-production library through
 * {@code coproduction-spring-boot-starter}: it searches the resources catalogue and records and
 * shows an Always Events&reg; project's measurements, on the same sources for Boot 4.0 and 3.5.
 * Always Events is a registered trademark of the Institute for Healthcare Improvement.
 *
 * @since 0.1.0
 */
@SpringBootApplication
public class SampleApplication {

    /** Configured by Spring Boot. */
    public SampleApplication() {
    }

    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments, such as {@code --coproduction.store=memory}
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
