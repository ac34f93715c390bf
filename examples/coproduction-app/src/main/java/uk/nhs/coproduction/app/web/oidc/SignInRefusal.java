package uk.nhs.coproduction.app.web.oidc;

import java.util.Locale;

/**
 * Why a sign-in with an organisation's provider was refused: one code each, with the HTTP status
 * the callback answers with and a sentence a person can read. Nothing is recorded and no session
 * is made for any of them.
 *
 * @since 0.1.0
 */
public enum SignInRefusal {
    /** The callback named no sign-in in progress: no state, an unknown one, one already used, or one too old. */
    STATE_UNKNOWN(400, "the sign-in it answers was not started here, was already finished, or took too long"),
    /** The callback came to another browser than the one that started the sign-in. */
    BROWSER_MISMATCH(400, "it finished in another browser than the one that started it"),
    /** The provider said it did not sign the person in (for example, they cancelled). */
    PROVIDER_ERROR(401, "your organisation's sign-in service did not sign you in"),
    /** The callback had no authorization code. */
    CODE_MISSING(400, "your organisation's sign-in service sent no authorization code"),
    /** The provider refused to exchange the code for tokens, or answered something else. */
    TOKEN_REQUEST_FAILED(401, "your organisation's sign-in service did not accept the sign-in"),
    /** The token response had no ID token. */
    ID_TOKEN_MISSING(401, "your organisation's sign-in service sent no ID token"),
    /** The ID token is unsigned, signed with a shared secret (HS…), or with an algorithm not allowed. */
    ALGORITHM_REFUSED(401, "the ID token was not signed with an algorithm this app accepts"),
    /** The ID token's signature does not verify with any key the issuer publishes. */
    SIGNATURE_INVALID(401, "the ID token's signature is not your organisation's"),
    /** The ID token (or the callback's {@code iss}) names another issuer. */
    ISSUER_MISMATCH(401, "the ID token comes from another issuer than the one configured"),
    /** The ID token is meant for another client. */
    AUDIENCE_MISMATCH(401, "the ID token is meant for another application"),
    /** The ID token has expired. */
    EXPIRED(401, "the ID token has expired"),
    /** The ID token is not valid yet, or was issued in the future. */
    NOT_YET_VALID(401, "the ID token is not valid yet"),
    /** The ID token's nonce is missing or is not the one this sign-in sent. */
    NONCE_MISMATCH(401, "the ID token was not issued for this sign-in"),
    /** The ID token failed another check (for example, a claim is malformed). */
    ID_TOKEN_INVALID(401, "the ID token could not be accepted"),
    /** The provider (discovery, keys or token endpoint) could not be reached. */
    PROVIDER_UNAVAILABLE(502, "your organisation's sign-in service cannot be reached just now");

    private final int status;
    private final String sentence;

    SignInRefusal(int status, String sentence) {
        this.status = status;
        this.sentence = sentence;
    }

    /** {@return the code as the API and pages show it, such as {@code nonce-mismatch}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the HTTP status the callback answers with} */
    public int status() {
        return status;
    }

    /** {@return why, in a sentence a person can read, starting in lower case} */
    public String sentence() {
        return sentence;
    }
}
