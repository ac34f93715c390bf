/**
 * The Always Events&reg; project: the aggregate
 * {@link uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject}, the
 * {@link uk.nhs.coproduction.alwaysevents.command.ProjectCommand}s that ask for something to be
 * recorded or done, the {@link uk.nhs.coproduction.alwaysevents.project.ProjectEvent}s that record
 * what happened, and the pure {@code decide(state, command)} and {@code evolve(state, event)}
 * that connect them. Every event is kept as a
 * {@link uk.nhs.coproduction.alwaysevents.project.RecordedEvent} with its actor, time, workflow
 * definition version and schema version.
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.project;

import org.jspecify.annotations.NullMarked;
