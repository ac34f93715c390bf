package uk.nhs.coproduction.app.web.signin;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.app.web.accounts.Accounts;
import uk.nhs.coproduction.app.web.accounts.Tokens;

/**
 * The first run: while the app has no account, {@code serve} prints a one-time set-up link
 * ({@code /setup?token=…}) on its console, for whoever started it, and the page at that link makes
 * the first account, a QI lead on every project. The secret lives only in memory and only the
 * console shows it; it stops working once any account exists.
 *
 * <p>This class is thread-safe.
 */
public final class FirstRun {

    private final Accounts accounts;
    private @Nullable String secret;

    /** The first run of these accounts. */
    public FirstRun(Accounts accounts) {
        this.accounts = accounts;
    }

    /** {@return the set-up link's path, made now, if the app has no account yet} */
    public synchronized Optional<String> setUpPath() {
        if (!accounts.isEmpty()) {
            return Optional.empty();
        }
        if (secret == null) {
            secret = Tokens.newSecret();
        }
        return Optional.of("/setup?token=" + secret);
    }

    /** {@return whether {@code given} is the set-up secret and the app still has no account} */
    synchronized boolean accepts(String given) {
        return secret != null && Tokens.same(secret, given) && accounts.isEmpty();
    }

    /** Forgets the secret, once the first account is made. */
    synchronized void used() {
        secret = null;
    }
}
