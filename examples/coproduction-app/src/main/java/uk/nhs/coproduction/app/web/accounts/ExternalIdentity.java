package uk.nhs.coproduction.app.web.accounts;

import java.util.Objects;

/**
 * Who a person is to an OpenID Connect provider: the provider's issuer and the subject it gives
 * them (a pseudonymous, stable id). An account lists the identities that sign in as it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param issuer the provider's issuer URL, exactly as its tokens give it
 * @param subject the {@code sub} claim
 */
public record ExternalIdentity(String issuer, String subject) {

    /** Rejects blanks. */
    public ExternalIdentity {
        if (Objects.requireNonNull(issuer, "issuer").isBlank() || Objects.requireNonNull(subject, "subject").isBlank()) {
            throw new IllegalArgumentException("an external identity has an issuer and a subject");
        }
    }
}
