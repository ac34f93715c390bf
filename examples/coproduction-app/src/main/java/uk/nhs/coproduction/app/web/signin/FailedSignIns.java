package uk.nhs.coproduction.app.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins, counted per account id and per client address over a sliding window: when
 * either reaches its limit, sign-in is refused for it until the oldest failure in the window is
 * old enough, without even checking the password. A success clears the account's count (not the
 * address's, so an attacker who knows one password cannot go on guessing others).
 *
 * <p>This class is thread-safe.
 */
final class FailedSignIns {

    private final SignInSettings settings;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    FailedSignIns(SignInSettings settings) {
        this.settings = settings;
    }

    /** {@return how long until sign-in to this account from this address is allowed again, if it is locked now} */
    synchronized Optional<Duration> lockedFor(String account, String address) {
        Instant now = clock().instant();
        Optional<Duration> byAccount = wait("account:" + account, settings.accountFailures(), now);
        Optional<Duration> byAddress = wait("address:" + address, settings.addressFailures(), now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
        }
        return byAccount.isPresent() ? byAccount : byAddress;
    }

    synchronized void failed(String account, String address) {
        Instant now = clock().instant();
        failures.computeIfAbsent("account:" + account, k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent("address:" + address, k -> new ArrayDeque<>()).addLast(now);
        if (failures.size() > 100_000) {
            failures.values().removeIf(d -> { prune(d, now); return d.isEmpty(); });
        }
    }

    synchronized void succeeded(String account) {
        failures.remove("account:" + account);
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        prune(times, now);
        if (times.size() < limit) {
            return Optional.empty();
        }
        Instant oldest = times.stream().skip(times.size() - limit).findFirst().orElseThrow();
        return Optional.of(Duration.between(now, oldest.plus(settings.failureWindow())));
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(settings.failureWindow());
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private Clock clock() {
        return settings.clock();
    }
}
