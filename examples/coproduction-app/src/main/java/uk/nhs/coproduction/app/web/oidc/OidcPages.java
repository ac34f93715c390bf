package uk.nhs.coproduction.app.web.oidc;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;

/**
 * The two routes of a sign-in with an organisation's provider.
 * <ul>
 *   <li>{@code GET /signin/oidc?returnTo=/path} keeps a new {@link PendingSignIn}, gives the
 *       browser a short-lived cookie ({@value #COOKIE}, HttpOnly, SameSite=Lax, only sent to
 *       {@code /signin/oidc}) holding the key it is tied to, and redirects to the provider.</li>
 *   <li>{@code GET /signin/oidc/callback?code=…&state=…} takes the pending sign-in its state names
 *       (once), checks the cookie, lets {@link OidcLogin#complete} check everything else, and hands
 *       a {@link SignInResult.SignedIn} to the {@link SignedInSink}. A refusal is answered with its
 *       status and a page naming its code; nothing is recorded.</li>
 * </ul>
 * The provider is discovered at the first sign-in, and again after a failure, so the app starts
 * while the provider is unreachable.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class OidcPages {

    /** The cookie that ties a callback to the browser that started the sign-in. */
    public static final String COOKIE = "coproduction-oidc";

    /** Where the sign-in starts. */
    public static final String START_PATH = "/signin/oidc";

    private static final Logger LOG = Logger.getLogger("uk.nhs.coproduction.app.web.oidc");

    private final OidcSettings settings;
    private final PendingSignIns pending;
    private final SignedInSink sink;
    private @Nullable OidcLogin login;

    /**
     * The routes for one provider.
     *
     * @param settings the provider and client
     * @param pending where sign-ins in progress are kept
     * @param sink what signs a person in to the app
     */
    public OidcPages(OidcSettings settings, PendingSignIns pending, SignedInSink sink) {
        this.settings = settings;
        this.pending = pending;
        this.sink = sink;
    }

    /** {@return the settings} */
    public OidcSettings settings() {
        return settings;
    }

    private synchronized OidcLogin login() {
        if (login == null) {
            try {
                login = OidcLogin.discover(settings);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "OpenID Connect discovery failed for " + settings.issuer() + ": "
                        + e.getMessage());
                throw refusal(SignInRefusal.PROVIDER_UNAVAILABLE);
            }
        }
        return login;
    }

    /**
     * {@code GET /signin/oidc}: redirects to the provider.
     *
     * @param request the request, with an optional {@code returnTo} local path
     * @return a 303 redirect to the provider's authorization endpoint, setting the cookie
     */
    public Reply begin(Request request) {
        String returnTo = localPath(request.query().first("returnTo"));
        URI redirect = settings.redirectUri().orElseGet(() -> URI.create(request.origin() + OidcSettings.CALLBACK_PATH));
        OidcLogin.Begun begun = login().begin(redirect, returnTo,
                pending.clock().instant().plus(PendingSignIns.LIFETIME));
        if (!pending.put(begun.pending())) {
            throw new RequestRefused(503, "Too many sign-ins are in progress just now. Wait a few minutes and try "
                    + "again.");
        }
        // The one redirect to another site: the provider's authorization endpoint, from its discovery document.
        return Reply.of(303, "text/plain; charset=utf-8", "")
                .withHeader("Location", begun.authorizationRequest().toString())
                .withHeader("Set-Cookie", COOKIE + "=" + begun.browserKey() + "; Path=" + START_PATH + "; Max-Age="
                        + PendingSignIns.LIFETIME.toSeconds() + "; HttpOnly; SameSite=Lax"
                        + ("https".equals(redirect.getScheme()) ? "; Secure" : ""));
    }

    /**
     * {@code GET /signin/oidc/callback}: finishes the sign-in.
     *
     * @param request the callback
     * @return what the sink answers
     * @throws IOException if the sink cannot store the session
     * @throws RequestRefused with the refusal's status and code if the sign-in is refused
     */
    public Reply callback(Request request) throws IOException {
        Finished finished = finish(request);
        if (finished.result() instanceof SignInResult.Refused refused) {
            LOG.info(() -> "OpenID Connect sign-in refused (" + refused.code() + "): " + refused.detail());
            throw refusal(refused.refusal());
        }
        return sink.signedIn((SignInResult.SignedIn) finished.result(), request, finished.returnTo());
    }

    /** A callback checked: who signed in or why not, and where they were going. */
    private record Finished(SignInResult result, String returnTo) {
    }

    /** Checks a callback without signing anyone in to the app. */
    private Finished finish(Request request) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : request.query().names()) {
            String value = request.query().first(name);
            if (value != null) {
                query.put(name, value);
            }
        }
        String state = query.get("state");
        Optional<PendingSignIn> stored = state == null ? Optional.empty() : pending.take(state);
        if (stored.isEmpty()) {
            return new Finished(new SignInResult.Refused(SignInRefusal.STATE_UNKNOWN, state == null
                    ? "the callback has no state" : "no sign-in in progress has this state"), "/");
        }
        if (!OidcLogin.sameBrowser(stored.get(), cookie(request.header("Cookie")))) {
            return new Finished(new SignInResult.Refused(SignInRefusal.BROWSER_MISMATCH,
                    "the callback did not bring the cookie of the browser that started the sign-in"), "/");
        }
        return new Finished(login().complete(query, stored.get()), stored.get().returnTo());
    }

    private static RequestRefused refusal(SignInRefusal refusal) {
        return new RequestRefused(refusal.status(), "Signing in with your organisation did not work: "
                + refusal.sentence() + " (" + refusal.code() + "). Nothing was recorded. Start again from the "
                + "sign-in page.");
    }

    /** The value of our cookie in a Cookie header, or null. */
    static @Nullable String cookie(@Nullable String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String pair = part.strip();
            if (pair.startsWith(COOKIE + "=")) {
                return pair.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }

    /**
     * {@return the path if it is a path on this site, such as {@code /projects/p1}, otherwise {@code /}}: never
     * another site ({@code //evil.example}, {@code https://…}, a backslash), so the sign-in cannot be used to
     * send someone elsewhere
     *
     * @param returnTo the path asked for, or null
     */
    static String localPath(@Nullable String returnTo) {
        if (returnTo == null || returnTo.isEmpty() || returnTo.length() > 512 || !returnTo.startsWith("/")
                || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return "/";
        }
        return returnTo;
    }
}
