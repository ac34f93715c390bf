/**
 * Spring Boot auto-configuration for the NHS co-production library, for Boot 4.0 and 3.5: the
 * library's entry points as beans ({@link uk.nhs.coproduction.spring.autoconfigure.CoproductionAutoConfiguration}),
 * the {@code coproduction.*} properties, and the hooks the metrics use. Add
 * {@code uk.nhs.coproduction:coproduction-spring-boot-starter} rather than this artifact.
 *
 * <p>The packages, from the bottom up: {@code internal} (loading the configured files, the JSON
 * document table); this package; {@code metrics} (Micrometer); {@code health} (Boot 4.0's health
 * contributor API) and {@code health.boot3} (Boot 3.5's Actuator health API); {@code jackson}
 * (Jackson 3, Boot 4.0's mapper) and {@code jackson2} (Jackson 2, Boot 3.5's mapper).
 *
 * <p>Always Events&reg; is a registered trademark of the Institute for Healthcare Improvement.
 */
@NullMarked
package uk.nhs.coproduction.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
