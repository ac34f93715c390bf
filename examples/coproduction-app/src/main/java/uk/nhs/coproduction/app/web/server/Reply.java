package uk.nhs.coproduction.app.web.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers: a status, a media type, a body and any extra headers. The security
 * headers are added to every reply when it is written, so a handler never has to remember them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reply {

    /** The media type of HTML pages. */
    public static final String HTML = "text/html; charset=utf-8";
    /** The media type of JSON answers. */
    public static final String JSON = "application/json; charset=utf-8";
    /** The media type of RFC 9457 problem details. */
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers;

    private Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is 100 to 599, was " + status);
        }
        this.status = status;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    /** An HTML page. */
    public static Reply html(int status, String html) {
        return new Reply(status, HTML, html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A JSON document. */
    public static Reply json(int status, String json) {
        return of(status, JSON, json);
    }

    /** Text of any media type, sent as UTF-8. */
    public static Reply of(int status, String contentType, String text) {
        return new Reply(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Bytes of any media type (the array is not copied: do not change it afterwards). */
    public static Reply bytes(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, body, Map.of());
    }

    /** A problem (RFC 9457) as {@code application/problem+json}. */
    public static Reply problem(Problem problem) {
        return of(problem.status(), PROBLEM_JSON, problem.toJson());
    }

    /** A redirect to a path on this site: 303 See Other after a form, 301 for a moved page. */
    public static Reply redirect(int status, String location) {
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            throw new IllegalArgumentException("a redirect status is 301, 302, 303, 307 or 308, was " + status);
        }
        if (!location.startsWith("/") || location.startsWith("//")) {
            throw new IllegalArgumentException("a redirect goes to a path on this site, was " + location);
        }
        return new Reply(status, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location));
    }

    /** A copy with one more header (replacing one of the same name). */
    public Reply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Reply(status, contentType, body, copy);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The media type, with its charset where it has one. */
    public String contentType() {
        return contentType;
    }

    /** The body (not a copy: do not change it). */
    byte[] body() {
        return body;
    }

    /** The body as UTF-8 text, for tests and logs. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Extra headers, never null. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "Reply[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
