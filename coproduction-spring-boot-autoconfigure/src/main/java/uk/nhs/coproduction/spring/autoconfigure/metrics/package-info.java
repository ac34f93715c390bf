/**
 * Micrometer metrics, configured when Micrometer is on the class path, on the application's
 * {@code MeterRegistry} (Boot's Actuator makes one; without it, Micrometer's global registry):
 * <ul>
 *   <li>{@code coproduction.commands} (counter), tag {@code outcome}: {@code recorded},
 *       {@code refused}, {@code invalid}, {@code conflict} or {@code failed}, for commands handled
 *       through {@link uk.nhs.coproduction.spring.autoconfigure.metrics.MeteredProjects};</li>
 *   <li>{@code coproduction.store.appends} (timer), tag {@code result}: {@code appended},
 *       {@code conflict} or {@code error}, for every append the {@code AlwaysEventProjects} bean
 *       makes;</li>
 *   <li>{@code coproduction.catalog.searches} (timer), for searches through
 *       {@link uk.nhs.coproduction.spring.autoconfigure.metrics.MeteredCatalog}.</li>
 * </ul>
 */
@NullMarked
package uk.nhs.coproduction.spring.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
