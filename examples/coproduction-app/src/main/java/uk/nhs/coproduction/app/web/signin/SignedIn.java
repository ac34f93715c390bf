package uk.nhs.coproduction.app.web.signin;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.access.Principal;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.web.accounts.Account;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;

/**
 * Who sent a request, as {@link Gate} found them: their account as it is now (roles given since
 * they signed in count at once), and the session, or none for a call with an API token.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param account the account
 * @param session the session, or null for a bearer-token call
 */
public record SignedIn(Account account, @Nullable Session session) {

    /** Rejects a null account. */
    public SignedIn {
        Objects.requireNonNull(account, "account");
    }

    /**
     * {@return who signed the request, as the gate attached it}
     *
     * @throws RequestRefused (401) if nobody is signed in: a route the gate should have protected
     */
    public static SignedIn of(Request request) {
        return request.attachment(SignedIn.class).orElseThrow(() -> new RequestRefused(401,
                "Sign in first: this needs to know who you are."));
    }

    /** {@return the pseudonymous id recorded as the actor of what they do} */
    public Actor actor() {
        return account.id();
    }

    /** {@return who they are to the access policy on {@code project} (null: before it is started)} */
    public Principal principalOn(@Nullable ProjectId project) {
        return account.principalOn(project);
    }

    @Override
    public String toString() {
        return "SignedIn[" + account.id().value() + "]";
    }
}
