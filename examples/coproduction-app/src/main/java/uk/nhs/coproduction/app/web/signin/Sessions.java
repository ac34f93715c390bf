package uk.nhs.coproduction.app.web.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.app.web.accounts.Account;
import uk.nhs.coproduction.app.web.accounts.Tokens;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;

/**
 * The signed-in sessions, in memory: each behind a random 256-bit id sent as the cookie
 * {@value #COOKIE} ({@code HttpOnly; SameSite=Lax; Path=/}, and {@code Secure} when the request
 * came over HTTPS or the settings say so). A session ends after the idle time-out without a
 * request, at the end of its absolute lifetime, at sign-out, and when the app stops. Signing in
 * always starts a new session with a new id (ending any the browser had), so an id planted in the
 * browser before sign-in is worth nothing after it.
 *
 * <p>This is where every way of signing in ends: the local password form, an invitation, and an
 * organisation's OpenID Connect provider once it has proved who someone is, all call
 * {@link #signIn(Request, Account, String)}.
 *
 * <p>This class is thread-safe.
 */
public final class Sessions {

    /** The session cookie's name. */
    public static final String COOKIE = "coproduction_session";

    private final SignInSettings settings;
    private final ConcurrentMap<String, Session> byId = new ConcurrentHashMap<>();

    /** No sessions yet. */
    public Sessions(SignInSettings settings) {
        this.settings = settings;
    }

    /** {@return the settings sessions are timed by} */
    public SignInSettings settings() {
        return settings;
    }

    /**
     * Signs {@code account} in: ends the session the request's cookie names, if any, starts a new
     * one, and answers 303 to {@code next} with the new cookie. The seam for every way of proving
     * who someone is: call it only once they have proved it.
     *
     * @param request the request that proved it (its cookie is ended; its scheme sets {@code Secure})
     * @param account the account to sign in as
     * @param next where to go, a path on this site; anything else goes to {@code /projects}
     * @return the redirect with the {@code Set-Cookie} header
     */
    public Reply signIn(Request request, Account account, String next) {
        endAll(cookieValues(request));
        Session session = start(account.id());
        return Reply.redirect(303, safeNext(next)).withHeader("Set-Cookie", cookie(session.id(), request, false));
    }

    /** Starts a new session for an account; for tests and {@link #signIn}. */
    public Session start(Actor account) {
        Instant now = settings.clock().instant();
        byId.values().removeIf(s -> expired(s, now));
        Session session = new Session(Tokens.newSecret(), Tokens.newSecret(), account, now, now);
        byId.put(session.id(), session);
        return session;
    }

    /**
     * {@return the live session the request's cookie names, marked used now; an expired one is
     * ended, and an id the app never gave (a tampered cookie) is no session}
     */
    public Optional<Session> of(Request request) {
        Instant now = settings.clock().instant();
        for (String id : cookieValues(request)) {
            Session found = byId.get(id);
            if (found == null) {
                continue;
            }
            if (expired(found, now)) {
                byId.remove(id, found);
                continue;
            }
            Session used = found.usedAt(now);
            byId.replace(id, found, used);
            return Optional.of(used);
        }
        return Optional.empty();
    }

    /** {@return whether the request carries a session cookie at all, live or not} */
    public static boolean hasCookie(Request request) {
        return !cookieValues(request).isEmpty();
    }

    /** Ends a session. */
    public void end(Session session) {
        byId.remove(session.id());
    }

    /** {@return how many sessions are live now} */
    public int live() {
        Instant now = settings.clock().instant();
        return (int) byId.values().stream().filter(s -> !expired(s, now)).count();
    }

    private void endAll(List<String> ids) {
        ids.forEach(byId::remove);
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastUsed().plus(settings.idleTimeout()))
                || !now.isBefore(session.started().plus(settings.absoluteLifetime()));
    }

    /** {@return the {@code Set-Cookie} value that removes the session cookie} */
    public String clearedCookie(Request request) {
        return cookie("", request, true);
    }

    private String cookie(String value, Request request, boolean clear) {
        boolean secure = settings.secureCookies() || request.isSecure();
        return COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "")
                + (clear ? "; Max-Age=0" : "");
    }

    /**
     * The cookie that carries the token of the forms sent before anyone is signed in (sign-in,
     * first-run set-up, accepting an invitation): the same token is in the form's hidden field,
     * and a form whose field does not match the cookie is refused, so another site cannot sign a
     * browser in to an account of its choosing.
     */
    public static final String PRE_SIGN_IN_COOKIE = "coproduction_presignin";

    /** {@return the {@code Set-Cookie} value that gives the browser this pre-sign-in token} */
    public String preSignInCookie(String token, Request request) {
        boolean secure = settings.secureCookies() || request.isSecure();
        return PRE_SIGN_IN_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** {@return the pre-sign-in token the request's cookie carries, if it carries exactly one} */
    public static java.util.Optional<String> preSignInToken(Request request) {
        List<String> values = cookieValues(request, PRE_SIGN_IN_COOKIE);
        return values.size() == 1 && values.get(0).length() == 43 ? java.util.Optional.of(values.get(0))
                : java.util.Optional.empty();
    }

    /** The values of every cookie named {@value #COOKIE} the request sent. */
    static List<String> cookieValues(Request request) {
        return cookieValues(request, COOKIE);
    }

    private static List<String> cookieValues(Request request, String name) {
        List<String> values = new ArrayList<>(1);
        for (String header : request.headers("Cookie")) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
                    String value = pair.substring(equals + 1).strip();
                    if (!value.isEmpty()) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    /** {@return {@code next} if it is a path on this site, else {@code /projects}} */
    public static String safeNext(String next) {
        if (next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") && next.chars()
                .noneMatch(c -> c < 0x21 || c == 0x7f)) {
            return next;
        }
        return "/projects";
    }

    /** {@return the sign-in page's address, coming back to {@code next} afterwards} */
    public static String signInAddress(String next) {
        return "/signin?next=" + URLEncoder.encode(safeNext(next), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Sessions[" + byId.size() + "]";
    }
}
