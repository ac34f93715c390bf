/**
 * The Always Events&reg; method as data: the {@link uk.nhs.coproduction.alwaysevents.project.Phase}s
 * of a project, the {@link uk.nhs.coproduction.alwaysevents.workflow.Transition}s between them and
 * the {@link uk.nhs.coproduction.alwaysevents.workflow.Guard}s that must hold, in one immutable,
 * fingerprinted {@link uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition} shared by
 * every project.
 *
 * <p>Asking whether a step may be taken gives a
 * {@link uk.nhs.coproduction.alwaysevents.workflow.Verdict}: permitted, refused with every unmet
 * condition as a {@link uk.nhs.coproduction.alwaysevents.workflow.Reason} (a stable code, a
 * plain-English message and the facts it looked at), or failed when a guard itself broke. The
 * default definition's wording and parameters are versioned JSON data; an organisation can load
 * its own or add guards (such as an extra approval) without forking the library.
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.workflow;

import org.jspecify.annotations.NullMarked;
