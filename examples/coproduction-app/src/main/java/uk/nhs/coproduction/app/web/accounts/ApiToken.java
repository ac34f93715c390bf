package uk.nhs.coproduction.app.web.accounts;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.Actor;

/**
 * A personal API token: shown once when made, kept only as the digest of its secret, and sent as
 * {@code Authorization: Bearer <token>}; calls made with it act as its account. Revoked tokens
 * are kept, marked, so the list says what happened to each.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id a short public id, to name and revoke the token
 * @param digest the SHA-256 digest of the secret
 * @param account whose token it is
 * @param label what its owner called it, such as "reporting script"
 * @param created when it was made
 * @param revoked when it was revoked, or null
 */
public record ApiToken(String id, String digest, Actor account, String label, Instant created,
        @Nullable Instant revoked) {

    /** Rejects nulls. */
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(created, "created");
    }

    /** {@return whether calls with the token are accepted} */
    public boolean active() {
        return revoked == null;
    }

    @Override
    public String toString() {
        return "ApiToken[" + id + ", " + account.value() + (revoked != null ? ", revoked" : "") + "]";
    }
}
