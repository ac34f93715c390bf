package uk.nhs.coproduction.app.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How sign-in behaves: the sessions' idle time-out and absolute lifetime, whether the session
 * cookie is always marked {@code Secure} (it is anyway on a request that came over HTTPS), the
 * limits on failed sign-ins and the clock everything is timed by.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param idleTimeout how long a session lasts without a request (default 30 minutes)
 * @param absoluteLifetime how long a session lasts at most, however busy (default 12 hours)
 * @param secureCookies whether the cookie is always {@code Secure}, as behind a proxy that ends TLS
 * @param accountFailures failed sign-ins to one account within the window before it is locked
 *     (default 5)
 * @param addressFailures failed sign-ins from one client address within the window before it is
 *     locked (default 20: several people may share an address)
 * @param failureWindow how long a failure counts (default 15 minutes)
 * @param clock the clock sessions, invitations and failures are timed by
 */
public record SignInSettings(Duration idleTimeout, Duration absoluteLifetime, boolean secureCookies,
        int accountFailures, int addressFailures, Duration failureWindow, Clock clock) {

    /** The default idle time-out: 30 minutes. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** The default absolute lifetime: 12 hours. */
    public static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);

    /** Checks the durations and limits. */
    public SignInSettings {
        Objects.requireNonNull(clock, "clock");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("the idle time-out is positive and at most the absolute lifetime");
        }
        if (accountFailures < 1 || addressFailures < 1 || failureWindow.isNegative() || failureWindow.isZero()) {
            throw new IllegalArgumentException("the failure limits are at least 1, in a positive window");
        }
    }

    /** {@return the defaults, on the system clock} */
    public static SignInSettings defaults() {
        return new SignInSettings(IDLE_TIMEOUT, ABSOLUTE_LIFETIME, false, 5, 20, Duration.ofMinutes(15),
                Clock.systemUTC());
    }

    /** {@return these settings with another idle time-out} */
    public SignInSettings withIdleTimeout(Duration idle) {
        return new SignInSettings(idle, absoluteLifetime.compareTo(idle) < 0 ? idle : absoluteLifetime, secureCookies,
                accountFailures, addressFailures, failureWindow, clock);
    }

    /** {@return these settings with another absolute lifetime} */
    public SignInSettings withAbsoluteLifetime(Duration lifetime) {
        return new SignInSettings(idleTimeout, lifetime, secureCookies, accountFailures, addressFailures,
                failureWindow, clock);
    }

    /** {@return these settings, with the cookie always {@code Secure} or not} */
    public SignInSettings withSecureCookies(boolean secure) {
        return new SignInSettings(idleTimeout, absoluteLifetime, secure, accountFailures, addressFailures,
                failureWindow, clock);
    }

    /** {@return these settings on another clock} */
    public SignInSettings withClock(Clock other) {
        return new SignInSettings(idleTimeout, absoluteLifetime, secureCookies, accountFailures, addressFailures,
                failureWindow, other);
    }
}
