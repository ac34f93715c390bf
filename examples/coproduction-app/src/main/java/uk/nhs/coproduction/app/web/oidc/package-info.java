/**
 * Sign-in with an organisation's OpenID Connect provider (a trust's Entra ID, NHS login): the
 * settings ({@link uk.nhs.coproduction.app.web.oidc.OidcSettings}), the authorization code flow
 * with PKCE, state and nonce ({@link uk.nhs.coproduction.app.web.oidc.OidcLogin}), the short-lived
 * store of sign-ins in progress ({@link uk.nhs.coproduction.app.web.oidc.PendingSignIns}) and the
 * two routes ({@link uk.nhs.coproduction.app.web.oidc.OidcPages}). Discovery, the token request and
 * the ID token's signature, issuer, audience, expiry and nonce checks are Connect2id's OAuth 2.0
 * SDK's; what is kept of the person is a pseudonymous actor id derived from the issuer and subject.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.app.web.oidc;

import org.jspecify.annotations.NullMarked;
