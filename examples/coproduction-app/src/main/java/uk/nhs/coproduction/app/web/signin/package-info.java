/**
 * Sign-in for the web app's embedded default mode: sessions kept in memory behind a random id in
 * an {@code HttpOnly; SameSite=Lax} cookie, with an idle time-out and an absolute lifetime; a CSRF
 * token per session in every form; sign-in with a local account's password, rate-limited per
 * account and per client address; the first-run set-up link; invitation links; personal API
 * tokens for the JSON API; and the page that tells a patient partner, from the access policy,
 * what they can see and do.
 *
 * <p>{@link uk.nhs.coproduction.app.web.signin.Gate} runs before every route: it finds who is
 * signed in (a session cookie on pages, a bearer token on {@code /api/projects}), checks the CSRF
 * token of every form post made with a session, and sends people who are not signed in to the
 * sign-in page. Another way of proving who someone is (such as OpenID Connect) ends in
 * {@link uk.nhs.coproduction.app.web.signin.Sessions#signIn}, which starts the session.
 */
@NullMarked
package uk.nhs.coproduction.app.web.signin;

import org.jspecify.annotations.NullMarked;
