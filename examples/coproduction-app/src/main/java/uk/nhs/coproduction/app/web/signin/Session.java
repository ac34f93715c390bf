package uk.nhs.coproduction.app.web.signin;

import java.time.Instant;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.project.Actor;

/**
 * One signed-in session, kept in memory by {@link Sessions}: its random id (the cookie's value),
 * its CSRF token, whose account it is, when it began and when it was last used.
 *
 * <p>This record is immutable and thread-safe; {@link #toString()} leaves out the id and token.
 *
 * @param id the random session id, 256 bits
 * @param csrfToken the token every form posted in this session carries, 256 bits
 * @param account the account signed in
 * @param started when the session began
 * @param lastUsed when a request last came with it
 */
public record Session(String id, String csrfToken, Actor account, Instant started, Instant lastUsed) {

    /** Rejects nulls. */
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(lastUsed, "lastUsed");
    }

    /** {@return the session, used at {@code now}} */
    Session usedAt(Instant now) {
        return new Session(id, csrfToken, account, started, now);
    }

    @Override
    public String toString() {
        return "Session[" + account.value() + ", started " + started + "]";
    }
}
