/**
 * The state of an Always Events&reg; project: the aggregate
 * {@link uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject}, the
 * {@link uk.nhs.coproduction.alwaysevents.project.ProjectEvent}s that record what happened, the
 * {@link uk.nhs.coproduction.alwaysevents.project.Phase} it is in, its ids and values, and the pure
 * {@code evolve(state, event)} that rebuilds it. Every event is kept as a
 * {@link uk.nhs.coproduction.alwaysevents.project.RecordedEvent} with its actor, time, workflow
 * definition version and schema version.
 *
 * <p>This is the layer under the workflow: guards look at the state, and the commands and their
 * decider ({@code uk.nhs.coproduction.alwaysevents.command}) sit above both. The project uses only
 * the value packages below it.
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.project;

import org.jspecify.annotations.NullMarked;
