package uk.nhs.coproduction.app.web.signin;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.nhs.coproduction.app.web.accounts.Account;
import uk.nhs.coproduction.app.web.accounts.Tokens;
import uk.nhs.coproduction.app.web.server.Handler;
import uk.nhs.coproduction.app.web.server.Problem;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.server.Router;
import uk.nhs.coproduction.app.web.site.Visitor;

/**
 * What every routed request passes before its handler ({@link Router#filter}):
 * <ul>
 *   <li><b>Pages</b> know who is signed in from the session cookie ({@link Sessions}). Every
 *       {@code POST} made with a live session must carry the session's CSRF token in the form field
 *       {@value Visitor#CSRF_FIELD} (or the header {@value #CSRF_HEADER}); one that is missing or
 *       wrong is refused (403) before the handler runs, so nothing is recorded. The project pages,
 *       the portfolio, the national goals and the account pages need someone signed in: a {@code GET} without a live session is
 *       sent to {@code /signin?next=…}, and a {@code POST} too, with nothing recorded (a session
 *       that timed out while a form was open). The other pages (home, catalogue, health check, run
 *       chart, sign-in, invitations) are open to all.</li>
 *   <li><b>Forms sent before anyone is signed in</b> (sign-in, the first run's set-up, accepting an
 *       invitation) carry a pre-sign-in token: the page that shows the form gives the browser the
 *       cookie {@value Sessions#PRE_SIGN_IN_COOKIE} ({@code HttpOnly; SameSite=Strict}) and puts the
 *       same token in the form, and a {@code POST} whose field does not match the cookie is refused
 *       (403) before the handler runs, so another site cannot sign a browser in to an account of its
 *       choosing (login CSRF). The health check and run chart forms work out an answer from what
 *       is sent and store nothing.</li>
 *   <li><b>The JSON API</b> never reads cookies, so it needs no CSRF token: {@code /api/projects},
 *       {@code /api/portfolio} and {@code /api/goals} need {@code Authorization: Bearer <personal API token>}; without one the answer is 401
 *       with {@code WWW-Authenticate: Bearer}, and with a wrong or revoked one 401 with
 *       {@code error="invalid_token"}. The rest of the API (catalogue, health check, charts)
 *       computes from what is sent and is open to all.</li>
 * </ul>
 * The handler finds who is signed in with {@link SignedIn#of(Request)}.
 *
 * <p>This class is thread-safe.
 */
public final class Gate implements Router.Filter {

    /** The header a script may send the CSRF token in instead of the form field. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final Sessions sessions;
    private final uk.nhs.coproduction.app.web.accounts.Accounts accounts;

    /** The gate over these sessions and accounts. */
    public Gate(Sessions sessions, uk.nhs.coproduction.app.web.accounts.Accounts accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    /** The pages read from the organisation's projects, or that change what is stored. */
    private static final java.util.List<String> SIGNED_IN_PAGES = java.util.List.of("/projects", "/account",
            "/portfolio", "/goals");

    /** The API calls that read the organisation's projects. */
    private static final java.util.List<String> TOKEN_CALLS = java.util.List.of("/api/projects", "/api/portfolio",
            "/api/goals");

    /**
     * {@return whether a page needs someone signed in: the projects, the portfolio (and its CSV
     * and board report), the national goals and the account pages}
     */
    public static boolean pageNeedsSignIn(String path) {
        return underAny(path, SIGNED_IN_PAGES) || path.equals("/portfolio.csv");
    }

    /** {@return whether an API call needs a bearer token} */
    public static boolean apiNeedsToken(String path) {
        return underAny(path, TOKEN_CALLS);
    }

    private static boolean underAny(String path, java.util.List<String> roots) {
        for (String root : roots) {
            if (path.equals(root) || path.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Reply filter(Request request, Handler next) throws IOException {
        if (Router.isApi(request.path())) {
            return api(request, next);
        }
        Optional<Session> session = sessions.of(request);
        Optional<Account> account = session.flatMap(s -> accounts.find(s.account()));
        if (session.isPresent() && account.isPresent()) {
            Account who = account.get();
            request.attach(new SignedIn(who, session.get()));
            request.attach(new Visitor(who.displayName() != null ? who.displayName() : who.id().value(),
                    session.get().csrfToken()));
            if (request.method().equals("POST") && !csrfMatches(request, session.get())) {
                throw new RequestRefused(403, "This form was refused because it did not carry this session's "
                        + "security token (it may have come from another site, or from a page opened before you "
                        + "signed in again). Nothing was recorded. Go back, reload the page and send it again.");
            }
            return next.handle(request);
        }
        if (isPreSignInForm(request.path())) {
            return preSignIn(request, next);
        }
        if (pageNeedsSignIn(request.path())) {
            String back = request.method().equals("GET") || request.method().equals("HEAD") ? request.pathAndQuery()
                    : returnPath(request.path());
            String address = Sessions.signInAddress(back);
            if (Sessions.hasCookie(request)) {
                address += "&ended=yes";
            }
            return Reply.redirect(303, address);
        }
        return next.handle(request);
    }

    /** {@return whether a path is a form sent before anyone is signed in} */
    static boolean isPreSignInForm(String path) {
        return path.equals("/signin") || path.equals("/setup")
                || path.startsWith("/invitations/") && path.indexOf('/', "/invitations/".length()) < 0;
    }

    /**
     * The sign-in, set-up and invitation forms without a session: the page gets the browser's
     * pre-sign-in token (a new one, set as a cookie, if it has none); a form sent must carry the
     * cookie's token in its field.
     */
    private Reply preSignIn(Request request, Handler next) throws IOException {
        Optional<String> held = Sessions.preSignInToken(request);
        if (request.method().equals("POST")) {
            List<String> sent = formTokens(request);
            if (held.isEmpty() || sent.size() != 1 || !Tokens.same(sent.get(0), held.get())) {
                throw new RequestRefused(403, "This form was refused because it did not carry the security token of "
                        + "the page it came from (it may have come from another site, or your browser may not keep "
                        + "cookies for this site). Nothing was recorded. Open the page again and send the form from it.");
            }
            request.attach(new Visitor(null, held.get()));
            return next.handle(request);
        }
        String token = held.orElseGet(Tokens::newSecret);
        request.attach(new Visitor(null, token));
        Reply reply = next.handle(request);
        return held.isPresent() || reply.headers().containsKey("Set-Cookie") ? reply
                : reply.withHeader("Set-Cookie", sessions.preSignInCookie(token, request));
    }

    private static List<String> formTokens(Request request) throws IOException {
        String header = request.header(CSRF_HEADER);
        if (header != null) {
            return List.of(header);
        }
        String type = request.mediaType().toLowerCase(Locale.ROOT);
        if (type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data")) {
            return request.form().fields().all(Visitor.CSRF_FIELD);
        }
        return List.of();
    }

    private Reply api(Request request, Handler next) throws IOException {
        List<String> given = request.headers("Authorization");
        if (given.isEmpty()) {
            if (apiNeedsToken(request.path())) {
                return unauthorised(request, "Bearer realm=\"coproduction\"", "This call needs a personal API token: "
                        + "make one on the page /account/tokens and send it as Authorization: Bearer <token>.");
            }
            return next.handle(request);
        }
        String header = given.get(0);
        if (given.size() > 1 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return unauthorised(request, "Bearer realm=\"coproduction\", error=\"invalid_request\"",
                    "Send one Authorization header: Bearer <token>.");
        }
        Optional<Account> account = accounts.byToken(header.substring(7).strip());
        if (account.isEmpty()) {
            return unauthorised(request, "Bearer realm=\"coproduction\", error=\"invalid_token\"",
                    "The API token is not valid: it is wrong or has been revoked. Make a new one on /account/tokens.");
        }
        request.attach(new SignedIn(account.get(), null));
        return next.handle(request);
    }

    private static Reply unauthorised(Request request, String challenge, String detail) {
        return Reply.problem(new Problem(401, detail, request.path(), List.of())).withHeader("WWW-Authenticate",
                challenge);
    }

    private static boolean csrfMatches(Request request, Session session) throws IOException {
        String sent = request.header(CSRF_HEADER);
        if (sent == null) {
            String type = request.mediaType().toLowerCase(Locale.ROOT);
            if (type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data")) {
                List<String> values = request.form().fields().all(Visitor.CSRF_FIELD);
                sent = values.size() == 1 ? values.get(0) : null;
            }
        }
        return sent != null && Tokens.same(sent, session.csrfToken());
    }

    /** The page to come back to after signing in, for a form sent to {@code path}: the project's page. */
    private static String returnPath(String path) {
        String[] segments = path.split("/");
        if (segments.length >= 3 && segments[1].equals("projects")) {
            return "/projects/" + segments[2];
        }
        return "/" + (segments.length >= 2 ? segments[1] : "");
    }
}
