/**
 * The event store's health indicator for Spring Boot 3.5 (the Actuator health API,
 * {@code org.springframework.boot.actuate.health}), shown as {@code coproductionEventStore} in
 * {@code /actuator/health}. The same indicator as Boot 4.0's, compiled against Boot 3.5's types.
 */
@NullMarked
package uk.nhs.coproduction.spring.autoconfigure.health.boot3;

import org.jspecify.annotations.NullMarked;
