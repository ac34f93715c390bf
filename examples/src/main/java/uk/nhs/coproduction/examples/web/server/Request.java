package uk.nhs.coproduction.examples.web.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as a handler sees it: method, path, query, path parameters, headers and a body
 * that can be read once, within the size limit.
 *
 * <p>Not thread-safe: a request belongs to the thread handling it.
 */
public final class Request {

    /** A body up to this size that is over the limit is read and dropped before the refusal is sent. */
    static final long DISCARD_LIMIT = 16L * 1024 * 1024;

    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers;
    private final InputStream body;
    private final long bodyLimit;
    private final Map<String, String> pathParameters;
    private final Parameters query;
    private byte @Nullable [] bodyBytes;

    Request(String method, URI uri, Map<String, List<String>> headers, InputStream body, long bodyLimit,
            Map<String, String> pathParameters) {
        this.method = method;
        this.uri = uri;
        TreeMap<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(headers);
        this.headers = sorted;
        this.body = body;
        this.bodyLimit = bodyLimit;
        this.pathParameters = Map.copyOf(pathParameters);
        this.query = Parameters.parse(uri.getRawQuery());
    }

    /** A request made in code, for tests of handlers. */
    public static Request of(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body,
            long bodyLimit, Map<String, String> pathParameters) {
        return new Request(method, URI.create(pathAndQuery), headers, new ByteArrayInputStream(body), bodyLimit,
                pathParameters);
    }

    /** Copies the request with the path parameters a route matched. */
    Request withPathParameters(Map<String, String> parameters) {
        Request copy = new Request(method, uri, headers, body, bodyLimit, parameters);
        copy.bodyBytes = bodyBytes;
        return copy;
    }

    /** The method, upper case ({@code GET}, {@code POST}). */
    public String method() {
        return method;
    }

    /** The decoded path, such as {@code /catalogue/always-events-toolkit}. */
    public String path() {
        return uri.getPath() == null ? "/" : uri.getPath();
    }

    /** The path with its query, as sent, for links back to the same page. */
    public String pathAndQuery() {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** The query parameters, never null. */
    public Parameters query() {
        return query;
    }

    /** A parameter the route's pattern matched, such as {@code slug} in {@code /catalogue/{slug}}. */
    public String pathParameter(String name) {
        return Objects.requireNonNull(pathParameters.get(name), () -> "no path parameter " + name);
    }

    /** The first value of a header, or null. */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The media type of the body, lower case and without parameters, or "" if none is given. */
    public String mediaType() {
        String type = header("Content-Type");
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The site's own address as the browser used it, such as {@code http://localhost:8080}. */
    public String origin() {
        String host = header("Host");
        return "http://" + (host == null ? "localhost" : host);
    }

    /** The most bytes a body may have. */
    public long bodyLimit() {
        return bodyLimit;
    }

    /**
     * The body, read once and then kept.
     *
     * @throws RequestRefused (413) if it is larger than the limit
     * @throws IOException if reading fails
     */
    public byte[] body() throws IOException {
        if (bodyBytes != null) {
            return bodyBytes;
        }
        String length = header("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new RequestRefused(400, "The Content-Length header is not a number.");
            }
            if (declared > bodyLimit) {
                discard(declared);
                throw tooLarge();
            }
        }
        byte[] read = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, bodyLimit + 1));
        if (read.length > bodyLimit) {
            throw tooLarge();
        }
        bodyBytes = read;
        return read;
    }

    /**
     * Reads and drops a body that is a little too large, so the browser reads the answer instead of
     * seeing the connection reset while it is still sending; a far larger one is left unread and
     * the connection closed.
     */
    private void discard(long declared) throws IOException {
        if (declared <= DISCARD_LIMIT) {
            long left = declared;
            while (left > 0) {
                long skipped = body.skip(left);
                if (skipped <= 0) {
                    if (body.read() < 0) {
                        return;
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }
    }

    private RequestRefused tooLarge() {
        return new RequestRefused(413, "The request is too large: at most " + sizeText(bodyLimit)
                + " can be sent. Send a smaller file or split it.");
    }

    /** A size for people: {@code 1 MB}, {@code 512 KB}. */
    static String sizeText(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /**
     * The body as UTF-8 text (a byte order mark is dropped).
     *
     * @throws RequestRefused (413) if it is too large, (400) if it is not UTF-8
     */
    public String bodyText() throws IOException {
        return new Upload("", body()).utf8()
                .orElseThrow(() -> new RequestRefused(400, "The body is not UTF-8 text."));
    }

    /**
     * Refuses the request unless its body has one of these media types.
     *
     * @throws RequestRefused (415) naming the types accepted
     */
    public void requireMediaType(String... accepted) {
        String type = mediaType();
        for (String candidate : accepted) {
            if (candidate.equals(type)) {
                return;
            }
        }
        throw new RequestRefused(415, "Send the body as " + String.join(" or ", accepted)
                + (type.isEmpty() ? " (no Content-Type was given)." : ", not " + type + "."));
    }

    /**
     * The submitted form, urlencoded or multipart.
     *
     * @throws RequestRefused (415) for any other body, (413) if too large, (400) if malformed
     */
    public Form form() throws IOException {
        String type = mediaType();
        if (type.equals("application/x-www-form-urlencoded")) {
            return new Form(Parameters.parse(new String(body(), StandardCharsets.US_ASCII)), Map.of());
        }
        if (type.equals("multipart/form-data")) {
            String boundary = Multipart.boundary(Objects.requireNonNull(header("Content-Type")));
            return Multipart.parse(body(), boundary);
        }
        throw new RequestRefused(415, "Send the form as application/x-www-form-urlencoded or multipart/form-data.");
    }

    @Override
    public String toString() {
        return "Request[" + method + " " + path() + "]";
    }
}
