/**
 * The event store's health indicator for Spring Boot 4.0 (the health contributor API of
 * {@code org.springframework.boot:spring-boot-health}), shown as {@code coproductionEventStore} in
 * {@code /actuator/health}.
 */
@NullMarked
package uk.nhs.coproduction.spring.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
