/**
 * The web app's own accounts, kept in the data directory ({@code accounts.json}, replaced
 * atomically on every change): each person's pseudonymous id (the actor recorded on the events,
 * never a name), an optional display name (personal data: never logged, never in
 * {@code toString}), the Argon2id hash of their password, the roles the organisation assigned
 * them (organisation-wide or on one project), and the one-time invitation links and personal API
 * tokens, each kept only as a SHA-256 digest of the secret.
 */
@NullMarked
package uk.nhs.coproduction.app.web.accounts;

import org.jspecify.annotations.NullMarked;
