/**
 * Always Events&reg; projects on the web: the list of projects (with a way to start one or to load
 * the Humber demonstration), each project's page (phase stepper, what blocks the next step and
 * why, the steps that can be taken, a form for every command a QI lead gives a project from set-up
 * to sustain, PDSA log, progress score, "you said, we did" log, team, the form to record a period's
 * measurement and the run chart with its data table), and the JSON API under {@code /api/projects}
 * that mirrors them. The single description of each library command (package
 * {@code projectcommands}) drives both a command's form and its API call. Projects are kept in
 * the embedded file store in the data directory, opened the first time a project page or call
 * needs it. Always Events is a registered trademark of the Institute for Healthcare Improvement.
 */
@NullMarked
package uk.nhs.coproduction.app.web.projects;

import org.jspecify.annotations.NullMarked;
