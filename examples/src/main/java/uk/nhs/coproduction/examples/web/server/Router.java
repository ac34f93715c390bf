package uk.nhs.coproduction.examples.web.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Sends each request to the handler of its route and writes the reply with the security headers.
 *
 * <p>Routes are a method and a path pattern whose segments are literal or a parameter in braces,
 * such as {@code /catalogue/{slug}}; a parameter matches one decoded segment. {@code HEAD} is
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
 * <p>Routes are added before the server starts; after that the router is read-only and
 * thread-safe.
 */
public final class Router implements HttpHandler {

    /** The policy on every reply: our own scripts, styles and images only, never framed. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final Logger LOG = Logger.getLogger("uk.nhs.coproduction.examples.web");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private record Route(String method, List<String> segments, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final ErrorPages errorPages;
    private final boolean loopbackOnly;
    private final long bodyLimit;

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
        routes.add(new Route(method, segments(pattern), handler));
        return this;
    }

    private static List<String> segments(String path) {
        List<String> list = new ArrayList<>();
        for (String segment : path.substring(1).split("/", -1)) {
            list.add(segment);
        }
        return list;
    }

    /** The body limit of this router's requests. */
    public long bodyLimit() {
        return bodyLimit;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Request request = new Request(method, exchange.getRequestURI(), exchange.getRequestHeaders(),
                exchange.getRequestBody(), bodyLimit, Map.of());
        Reply reply = answer(request);
        write(exchange, reply, method.equals("HEAD"));
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
        String method = request.method().equals("HEAD") ? "GET" : request.method();
        if (method.equals("POST") && isCrossSite(request)) {
            throw new RequestRefused(403, "Forms and API calls are accepted only from this site's own pages.");
        }
        List<String> path = segments(request.path());
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> parameters = match(route.segments(), path);
            if (parameters == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return route.handler().handle(request.withPathParameters(parameters));
            }
            allowed.add(route.method());
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

    private static @Nullable Map<String, String> match(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String want = pattern.get(i);
            String have = path.get(i);
            if (want.startsWith("{") && want.endsWith("}")) {
                if (have.isEmpty()) {
                    return null;
                }
                parameters.put(want.substring(1, want.length() - 1), have);
            } else if (!want.equals(have)) {
                return null;
            }
        }
        return parameters;
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

    private Reply refusal(Request request, int status, String message, List<Problem.Error> errors) {
        if (isApi(request.path())) {
            return Reply.problem(new Problem(status, message, request.path(), errors));
        }
        return errorPages.page(request, status, message);
    }

    /** Whether a path belongs to the JSON API. */
    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static void write(HttpExchange exchange, Reply reply, boolean head) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", reply.contentType());
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        headers.set("Cache-Control", "no-store");
        reply.headers().forEach(headers::set);
        byte[] body = reply.body();
        boolean empty = head || body.length == 0;
        exchange.sendResponseHeaders(reply.status(), empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
