package uk.nhs.coproduction.app.web.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Attributes;
import org.eclipse.jetty.util.BufferUtil;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as a handler sees it: method, path, query, path parameters, headers and a body
 * that can be read once, within the size limit. Jetty has parsed the request line and headers;
 * the query and forms are decoded with Jetty's decoders ({@code UrlEncoded} into {@code Fields},
 * {@code MultiPartFormData} for multipart bodies).
 *
 * <p>Not thread-safe: a request belongs to the thread handling it.
 */
public final class Request {

    /**
     * A body up to this size that is over the limit is read and dropped before the refusal is sent,
     * so the browser reads the answer instead of seeing the connection reset while it is still
     * sending; Jetty's size limit refuses a larger one at once and closes the connection.
     */
    public static final long DISCARD_LIMIT = 16L * 1024 * 1024;

    /** More parts than any of our forms has: a multipart body with more is refused. */
    static final int MAX_PARTS = 32;

    private final String method;
    private final String path;
    private final String pathAndQuery;
    private final @Nullable String rawQuery;
    private final HttpFields headers;
    private final Content.Source body;
    private final long bodyLimit;
    private final Map<String, String> pathParameters;
    private final String clientAddress;
    private final boolean secure;
    /** What the router's filter learnt about the request (such as who is signed in), by type. */
    private final Map<Class<?>, Object> attachments = new LinkedHashMap<>();
    private @Nullable Parameters query;
    private byte @Nullable [] bodyBytes;
    private @Nullable InputStream stream;
    /** Why the body, read before the handler ran, could not be read; null if it was. */
    private @Nullable Throwable readFailure;

    private Request(String method, String path, String pathAndQuery, @Nullable String rawQuery, HttpFields headers,
            Content.Source body, long bodyLimit, Map<String, String> pathParameters, String clientAddress,
            boolean secure) {
        this.clientAddress = clientAddress;
        this.secure = secure;
        this.method = method;
        this.path = path.isEmpty() ? "/" : path;
        this.pathAndQuery = pathAndQuery;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.body = body;
        this.bodyLimit = bodyLimit;
        this.pathParameters = Map.copyOf(pathParameters);
    }

    /** The request Jetty received, with its body read from Jetty as the handler asks for it. */
    static Request from(org.eclipse.jetty.server.Request request, long bodyLimit) {
        HttpURI uri = request.getHttpURI();
        String path = org.eclipse.jetty.server.Request.getPathInContext(request);
        String pathQuery = uri.getPathQuery();
        String client = org.eclipse.jetty.server.Request.getRemoteAddr(request);
        return new Request(request.getMethod().toUpperCase(Locale.ROOT), path == null ? "/" : path,
                pathQuery == null ? "/" : pathQuery, uri.getQuery(), request.getHeaders(), request, bodyLimit,
                Map.of(), client == null ? "" : client, request.isSecure());
    }

    /**
     * The request Jetty received, with its body already read without holding a thread (see
     * {@link Router#handle}), or the failure that cut the reading short.
     *
     * @param bytes what was read (at most one byte over the limit, so that {@link #body()} can tell)
     * @param failure why reading stopped early, or null
     */
    static Request read(org.eclipse.jetty.server.Request request, long bodyLimit, byte[] bytes,
            @Nullable Throwable failure) {
        Request read = from(request, bodyLimit);
        Request copy = new Request(read.method, read.path, read.pathAndQuery, read.rawQuery, read.headers,
                Content.Source.from(ByteBuffer.wrap(bytes)), bodyLimit, Map.of(), read.clientAddress, read.secure);
        copy.readFailure = failure;
        return copy;
    }

    /** A request made in code, for tests of handlers. */
    public static Request of(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body,
            long bodyLimit, Map<String, String> pathParameters) {
        HttpURI uri = HttpURI.from(pathAndQuery);
        HttpFields.Mutable fields = HttpFields.build();
        headers.forEach((name, values) -> values.forEach(value -> fields.add(name, value)));
        return new Request(method, Objects.requireNonNullElse(uri.getDecodedPath(), "/"), pathAndQuery, uri.getQuery(),
                fields.asImmutable(), Content.Source.from(ByteBuffer.wrap(body)), bodyLimit, pathParameters,
                "127.0.0.1", false);
    }

    /** Copies the request with the path parameters a route matched. */
    Request withPathParameters(Map<String, String> parameters) {
        Request copy = new Request(method, path, pathAndQuery, rawQuery, headers, body, bodyLimit, parameters,
                clientAddress, secure);
        copy.attachments.putAll(attachments);
        copy.bodyBytes = bodyBytes;
        copy.query = query;
        copy.readFailure = readFailure;
        return copy;
    }

    /** The client's IP address as the connection shows it (no forwarding header is trusted), or "". */
    public String clientAddress() {
        return clientAddress;
    }

    /** Whether the request came over HTTPS to this server. */
    public boolean isSecure() {
        return secure;
    }

    /**
     * Attaches what a filter learnt about the request, such as who is signed in, for the handler;
     * one value per type, replacing an earlier one.
     *
     * @param value the value, found again by its class
     */
    public void attach(Object value) {
        attachments.put(value.getClass(), value);
    }

    /** The value attached with this type, if there is one. */
    public <T> java.util.Optional<T> attachment(Class<T> type) {
        return java.util.Optional.ofNullable(type.cast(attachments.get(type)));
    }

    /** The values of a header, in order; empty if it was not sent. */
    public List<String> headers(String name) {
        return headers.getValuesList(name);
    }

    /** The method, upper case ({@code GET}, {@code POST}). */
    public String method() {
        return method;
    }

    /** The decoded path, such as {@code /catalogue/always-events-toolkit}. */
    public String path() {
        return path;
    }

    /** The path with its query, as sent, for links back to the same page. */
    public String pathAndQuery() {
        return pathAndQuery;
    }

    /**
     * The query parameters, never null.
     *
     * @throws RequestRefused (400) if the query has a malformed escape
     */
    public Parameters query() {
        if (query == null) {
            query = Parameters.parse(rawQuery);
        }
        return query;
    }

    /** A parameter the route's pattern matched, such as {@code slug} in {@code /catalogue/{slug}}. */
    public String pathParameter(String name) {
        return Objects.requireNonNull(pathParameters.get(name), () -> "no path parameter " + name);
    }

    /** The first value of a header, or null. */
    public @Nullable String header(String name) {
        return headers.get(name);
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
     * @throws RequestRefused (413) if it is larger than the limit, (408) if it did not come in time
     * @throws IOException if reading fails
     */
    public byte[] body() throws IOException {
        if (bodyBytes != null) {
            return bodyBytes;
        }
        if (readFailure != null) {
            throw refusalFor(readFailure);
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
                if (declared <= DISCARD_LIMIT) {
                    discardRest();
                }
                throw tooLarge();
            }
        }
        byte[] read;
        try {
            read = stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, bodyLimit + 1));
        } catch (IOException | RuntimeException e) {
            throw refusalFor(e);
        }
        if (read.length > bodyLimit) {
            discardRest();
            throw tooLarge();
        }
        bodyBytes = read;
        return read;
    }

    private InputStream stream() {
        if (stream == null) {
            stream = Content.Source.asInputStream(body);
        }
        return stream;
    }

    /** Reads and drops what is left of a body over the limit, up to the discard limit; a failure changes nothing. */
    private void discardRest() {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try {
            for (int n; total <= DISCARD_LIMIT && (n = stream().read(buffer)) >= 0; ) {
                total += n;
            }
        } catch (IOException | RuntimeException e) {
            // the refusal is sent all the same
        }
    }

    /** What a failure to read the body means to the user: too large, too slow, or cut off. */
    private RuntimeException refusalFor(Throwable failure) throws IOException {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() == 413) {
                return tooLarge();
            }
            if (cause instanceof TimeoutException) {
                return new RequestRefused(408, "The request did not arrive in time, and nothing was saved. "
                        + "Send it again.");
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        throw new IOException("the body could not be read", failure);
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
            return multipart(Objects.requireNonNull(header("Content-Type")));
        }
        throw new RequestRefused(415, "Send the form as application/x-www-form-urlencoded or multipart/form-data.");
    }

    /** A {@code multipart/form-data} body (RFC 7578), taken apart by Jetty in memory: nothing is written to disk. */
    private Form multipart(String contentType) throws IOException {
        if (MultiPart.extractBoundary(contentType) == null) {
            throw malformed("the Content-Type names no boundary");
        }
        byte[] bytes = body();
        MultiPartConfig config = new MultiPartConfig.Builder().maxParts(MAX_PARTS).maxSize(bodyLimit)
                .maxPartSize(bodyLimit).maxMemoryPartSize(bodyLimit).useFilesForPartsWithoutFileName(false).build();
        MultiPartFormData.Parts parts;
        try {
            parts = MultiPartFormData.getParts(Content.Source.from(ByteBuffer.wrap(bytes)), new Attributes.Mapped(),
                    contentType, config);
        } catch (RuntimeException e) {
            throw malformed(tooManyParts(e) ? "it has more than " + MAX_PARTS + " parts" : "it is not well formed");
        }
        try (parts) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            Map<String, Upload> files = new LinkedHashMap<>();
            for (MultiPart.Part part : parts) {
                String name = part.getName();
                if (name == null) {
                    throw malformed("a part has no name");
                }
                byte[] content = BufferUtil.toArray(Content.Source.asByteBuffer(part.getContentSource()));
                if (part.getFileName() != null) {
                    files.put(name, new Upload(part.getFileName(), content));
                } else {
                    fields.computeIfAbsent(name, k -> new ArrayList<>())
                            .add(new String(content, StandardCharsets.UTF_8));
                }
            }
            return new Form(Parameters.of(fields), files);
        }
    }

    private static boolean tooManyParts(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("too many")) {
                return true;
            }
        }
        return false;
    }

    private static RequestRefused malformed(String why) {
        return new RequestRefused(400, "The form could not be read: " + why + ".");
    }

    @Override
    public String toString() {
        return "Request[" + method + " " + path + "]";
    }
}
