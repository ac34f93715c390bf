/**
 * The single description of every command a person gives an Always Events&reg; project, read by
 * both the web app (its forms and {@code POST /api/projects/{id}/commands/{command}}) and the
 * {@code always-events} command line (one subcommand per description): each command's name (the
 * library command's name in words, such as {@code join-co-design-team}), title, description,
 * fields with their labels, hints and types, the phases it belongs to, the fields its refusals
 * and broken constraints concern, and how the values read become the library's command. Reading
 * a field's text is the same wherever it was typed, so a bad value gets the same words in a form,
 * the API and the command line. Always Events is a registered trademark of the Institute for
 * Healthcare Improvement.
 */
@NullMarked
package uk.nhs.coproduction.app.projectcommands;

import org.jspecify.annotations.NullMarked;
