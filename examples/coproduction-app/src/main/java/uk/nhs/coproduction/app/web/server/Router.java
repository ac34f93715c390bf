package uk.nhs.coproduction.app.web.server;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.pathmap.MatchedResource;
import org.eclipse.jetty.http.pathmap.PathMappings;
import org.eclipse.jetty.http.pathmap.UriTemplatePathSpec;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Sends each request to the handler of its route and writes the reply with the security headers.
 *
 * <p>Routes are a method and a path pattern whose segments are literal or a parameter in braces,
 * such as {@code /catalogue/{slug}}: Jetty's URI templates ({@link UriTemplatePathSpec}), where a
 * parameter matches one decoded segment and a literal path wins over a template. {@code HEAD} is
 * answered as {@code GET} without the body. What the router does for every request:
 * <ul>
 *   <li>When the server listens on the loopback address only, a {@code Host} header that is not
 *       {@code localhost}, {@code 127.0.0.1} or {@code [::1]} is refused (421), so a web page
 *       elsewhere cannot reach the app through DNS rebinding.</li>
 *   <li>A {@code POST} from another site's page ({@code Origin} not this site, or
 *       {@code Sec-Fetch-Site: cross-site}) is refused (403).</li>
 *   <li>A {@link RequestRefused} becomes its status with its message; any other exception is
 *       logged with a reference and answered 500 with that reference only.</li>
 *   <li>Paths under {@code /api/} are answered with problem details (RFC 9457), others with an
 *       HTML page.</li>
 *   <li>Every reply carries a Content-Security-Policy without inline script, nosniff, no framing,
 *       and no caching unless the handler says otherwise.</li>
 * </ul>
 *
 * <p>The router is Jetty's handler for every request; the connector in front of it has already
 * refused what Jetty answers itself (malformed requests, headers too large, bodies over the limit),
 * through {@link AppErrorHandler}, with the same headers.
 *
 * <p>Routes are added before the server starts; after that the router is read-only and
 * thread-safe.
 */
public final class Router extends org.eclipse.jetty.server.Handler.Abstract {

    /** The policy on every reply: our own scripts, styles and images only, never framed. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final Logger LOG = Logger.getLogger("uk.nhs.coproduction.app.web");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    /** The handler of each method at one path pattern. */
    private final PathMappings<Map<String, Handler>> routes = new PathMappings<>();
    private final ErrorPages errorPages;
    private final boolean loopbackOnly;
    private final long bodyLimit;
    private Filter filter = (request, next) -> next.handle(request);

    /**
     * Every routed request passes through a filter before its handler: it may answer itself
     * (refuse, redirect) or attach what it learnt and hand the request on.
     */
    @FunctionalInterface
    public interface Filter {
        /**
         * The reply to a request that matched a route.
         *
         * @param request the request, with its path parameters
         * @param next the route's handler
         * @throws IOException if reading the request fails
         */
        Reply filter(Request request, Handler next) throws IOException;
    }

    /**
     * A router with no routes yet.
     *
     * @param errorPages makes error pages outside the API
     * @param loopbackOnly whether the server listens on the loopback address only (Host header checked)
     * @param bodyLimit the most bytes a request body may have
     */
    public Router(ErrorPages errorPages, boolean loopbackOnly, long bodyLimit) {
        this.errorPages = errorPages;
        this.loopbackOnly = loopbackOnly;
        this.bodyLimit = bodyLimit;
    }

    /** Sets the filter every routed request passes through (one; the last set wins). */
    public Router filter(Filter routed) {
        this.filter = java.util.Objects.requireNonNull(routed, "filter");
        return this;
    }

    /** Adds a GET (and HEAD) route. */
    public Router get(String pattern, Handler handler) {
        return add("GET", pattern, handler);
    }

    /** Adds a POST route. */
    public Router post(String pattern, Handler handler) {
        return add("POST", pattern, handler);
    }

    private Router add(String method, String pattern, Handler handler) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route's pattern starts with /: " + pattern);
        }
        UriTemplatePathSpec spec = new UriTemplatePathSpec(pattern);
        Map<String, Handler> methods = routes.get(spec);
        if (methods == null) {
            methods = new LinkedHashMap<>();
            routes.put(spec, methods);
        }
        methods.put(method, handler);
        return this;
    }

    /** The body limit of this router's requests. */
    public long bodyLimit() {
        return bodyLimit;
    }

    @Override
    public boolean handle(org.eclipse.jetty.server.Request request, Response response, Callback callback) {
        long declared = request.getLength();
        boolean chunked = declared < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            respond(Request.from(request, bodyLimit), response, callback);
            return true;
        }
        // A body is read without holding a thread: Jetty calls back as bytes arrive, and only the
        // whole body (or the failure: too slow, cut off, too large) is handed to a thread to
        // answer. So clients that send their bodies slowly, or never, cannot take every thread.
        Executor threads = request.getComponents().getExecutor();
        BodyReader.read(request, bodyLimit, (bytes, failure) -> threads.execute(
                () -> respond(Request.read(request, bodyLimit, bytes, failure), response, callback)));
        return true;
    }

    private void respond(Request ours, Response response, Callback callback) {
        ReplyWriter.write(answer(ours), response, callback, ours.method().equals("HEAD"));
    }

    /** The reply to a request, with every check above; never throws. */
    public Reply answer(Request request) {
        Reply reply;
        try {
            reply = route(request);
        } catch (RequestRefused refused) {
            reply = refusal(request, refused.status(), refused.getMessage(), refused.errors());
        } catch (RuntimeException | IOException | Error e) {
            byte[] bytes = new byte[4];
            RANDOM.nextBytes(bytes);
            String reference = HexFormat.of().formatHex(bytes);
            LOG.log(Level.SEVERE, "Request " + request.method() + " " + request.path() + " failed; reference "
                    + reference, e);
            reply = refusal(request, 500, "Something went wrong on our side, and nothing was saved. "
                    + "If it happens again, quote reference " + reference + ".", List.of());
        }
        if (reply.status() == 413) {
            reply = reply.withHeader("Connection", "close");
        }
        return reply;
    }

    private Reply route(Request request) throws IOException {
        if (loopbackOnly && !isLoopbackHost(request.header("Host"))) {
            throw new RequestRefused(421, "This app answers only requests addressed to localhost.");
        }
        request.query(); // a malformed query is refused (400) whatever the page
        String method = request.method().equals("HEAD") ? "GET" : request.method();
        if (method.equals("POST") && isCrossSite(request)) {
            throw new RequestRefused(403, "Forms and API calls are accepted only from this site's own pages.");
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (MatchedResource<Map<String, Handler>> match : routes.getMatchedList(request.path())) {
            Handler handler = match.getResource().get(method);
            if (handler != null) {
                UriTemplatePathSpec spec = (UriTemplatePathSpec) match.getPathSpec();
                Map<String, String> parameters = spec.getPathParams(request.path());
                return filter.filter(request.withPathParameters(parameters == null ? Map.of() : parameters), handler);
            }
            allowed.addAll(match.getResource().keySet());
        }
        if (!allowed.isEmpty()) {
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            return refusal(request, 405, "This address does not accept " + request.method() + ".", List.of())
                    .withHeader("Allow", String.join(", ", allowed));
        }
        return refusal(request, 404, "There is nothing at this address. Check it, or start again from the home page.",
                List.of());
    }

    static boolean isLoopbackHost(@Nullable String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(']')) {
            String port = name.substring(colon + 1);
            if (port.isEmpty() || !port.chars().allMatch(Character::isDigit)) {
                return false;
            }
            name = name.substring(0, colon);
        }
        return LOOPBACK_HOSTS.contains(name);
    }

    private static boolean isCrossSite(Request request) {
        String origin = request.header("Origin");
        if (origin != null) {
            return !origin.equalsIgnoreCase(request.origin());
        }
        return "cross-site".equalsIgnoreCase(request.header("Sec-Fetch-Site"));
    }

    /** The refusal of a request: problem details on the API, the error page elsewhere. */
    Reply refusal(Request request, int status, String message, List<Problem.Error> errors) {
        if (isApi(request.path())) {
            return Reply.problem(new Problem(status, message, request.path(), errors));
        }
        return errorPages.page(request, status, message);
    }

    /** Whether a path belongs to the JSON API. */
    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
