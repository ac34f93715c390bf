/**
 * The commands to an Always Events&reg; project and the pure decider: each
 * {@link uk.nhs.coproduction.alwaysevents.command.ProjectCommand} asks for something to be
 * recorded or done; {@link uk.nhs.coproduction.alwaysevents.command.Decider#decide} decides it
 * against the project's state and the workflow definition, giving a
 * {@link uk.nhs.coproduction.alwaysevents.command.CommandResult}: the events to record, or every
 * reason it is refused (codes in {@link uk.nhs.coproduction.alwaysevents.command.Refusals}).
 *
 * <p>The commands are one sealed family in this package. The decider handles them through
 * {@link uk.nhs.coproduction.alwaysevents.command.ProjectCommand.Handler}, one method per command,
 * so a command without a rule does not compile. This package sits above {@code project} and
 * {@code workflow}; the store, the report and {@code AlwaysEventProjects} sit above it. Commands
 * are checked with Bean Validation, so the package is opened to Hibernate Validator.
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.command;

import org.jspecify.annotations.NullMarked;
