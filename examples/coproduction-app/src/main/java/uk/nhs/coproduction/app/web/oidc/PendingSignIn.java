package uk.nhs.coproduction.app.web.oidc;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What the app keeps of a sign-in it sent to the provider, until the browser comes back: the
 * state that names it, the nonce the ID token must carry, the PKCE code verifier, the redirect URI
 * sent, where to go afterwards, a hash of the key in the browser's cookie, and when it expires.
 * Kept in {@link PendingSignIns}, and used once.
 *
 * <p>This record is immutable and thread-safe. Its {@link #toString()} shows none of the secrets.
 *
 * @param state the state sent to the provider, which names this sign-in
 * @param nonce the nonce sent, which the ID token must carry
 * @param codeVerifier the PKCE code verifier, sent with the code
 * @param redirectUri the redirect URI sent, sent again with the code
 * @param returnTo the local path to go to once signed in
 * @param browserHash the SHA-256 (hex) of the key in the cookie of the browser that started it
 * @param expiresAt when it can no longer be finished
 * @since 0.1.0
 */
public record PendingSignIn(String state, String nonce, String codeVerifier, URI redirectUri, String returnTo,
        String browserHash, Instant expiresAt) {

    /**
     * Checks that every part is there.
     *
     * @param state the state
     * @param nonce the nonce
     * @param codeVerifier the PKCE code verifier
     * @param redirectUri the redirect URI
     * @param returnTo the local path to go to
     * @param browserHash the hash of the browser's key
     * @param expiresAt the expiry
     */
    public PendingSignIn {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(returnTo, "returnTo");
        Objects.requireNonNull(browserHash, "browserHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** {@return where it goes back to and when it expires; never the state, nonce or verifier} */
    @Override
    public String toString() {
        return "PendingSignIn[returnTo=" + returnTo + ", expiresAt=" + expiresAt + "]";
    }
}
