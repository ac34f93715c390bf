/**
 * The national goals page ({@code /goals}), its upload of NHS Staff Survey results, and
 * {@code GET /api/goals}: both goals charted with their data tables, each saying where its figures
 * come from.
 */
@NullMarked
package uk.nhs.coproduction.app.web.goals;

import org.jspecify.annotations.NullMarked;
