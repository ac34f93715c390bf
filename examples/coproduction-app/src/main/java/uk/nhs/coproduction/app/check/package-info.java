/**
 * The co-production app: the overview the app prints when run with no command (the
 * Co-Production Model and a health check of a sample partnership), and the {@code check} command,
 * which health-checks a partnership from its JSON file.
 */
@NullMarked
package uk.nhs.coproduction.app.check;

import org.jspecify.annotations.NullMarked;
