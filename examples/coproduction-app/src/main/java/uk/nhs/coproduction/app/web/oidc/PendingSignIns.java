package uk.nhs.coproduction.app.web.oidc;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sign-ins sent to the provider and not yet finished, keyed by their state: each can be taken
 * once, and only before it expires. Held in memory, so a sign-in started on one instance must
 * finish on the same one (sticky sessions behind a load balancer), and a restart forgets them,
 * which only asks the person to sign in again.
 *
 * <p>At most {@link #CAPACITY} are kept; when full, the expired ones are dropped, and if none has
 * expired a new sign-in is not kept (the app answers 503), so a flood of unfinished sign-ins
 * cannot fill the memory.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class PendingSignIns {

    /** How long the person has to sign in at the provider: ten minutes. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    /** The most sign-ins kept at once. */
    public static final int CAPACITY = 10_000;

    private final Map<String, PendingSignIn> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    /**
     * An empty store.
     *
     * @param clock tells when a sign-in expires
     */
    public PendingSignIns(Clock clock) {
        this.clock = clock;
    }

    /** {@return the clock the store judges expiry by} */
    public Clock clock() {
        return clock;
    }

    /**
     * Keeps a sign-in until it is taken or expires.
     *
     * @param signIn the sign-in
     * @return whether it was kept (false when the store is full of unexpired sign-ins)
     */
    public boolean put(PendingSignIn signIn) {
        if (pending.size() >= CAPACITY) {
            pending.values().removeIf(p -> !p.expiresAt().isAfter(clock.instant()));
            if (pending.size() >= CAPACITY) {
                return false;
            }
        }
        return pending.putIfAbsent(signIn.state(), signIn) == null;
    }

    /**
     * Takes the sign-in a state names: after this, the same state names nothing.
     *
     * @param state the state the callback brought
     * @return the sign-in, or empty if there is none, it was already taken, or it has expired
     */
    public Optional<PendingSignIn> take(String state) {
        PendingSignIn signIn = pending.remove(state);
        if (signIn == null || !signIn.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(signIn);
    }

    /** {@return how many sign-ins are kept now, expired ones included until they are dropped} */
    public int size() {
        return pending.size();
    }
}
