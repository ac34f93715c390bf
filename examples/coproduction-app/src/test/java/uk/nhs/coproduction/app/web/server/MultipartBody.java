package uk.nhs.coproduction.app.web.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A {@code multipart/form-data} body as a browser sends it, for tests. */
public final class MultipartBody {

    private final String boundary;
    private final List<byte[]> parts = new ArrayList<>();

    private MultipartBody(String boundary) {
        this.boundary = boundary;
    }

    /** An empty body with a browser-like boundary. */
    public static MultipartBody create() {
        return new MultipartBody("----WebKitFormBoundary7MA4YWxkTrZu0gW");
    }

    /** A body with this boundary. */
    public static MultipartBody withBoundary(String boundary) {
        return new MultipartBody(boundary);
    }

    /** Adds a text field. */
    public MultipartBody field(String name, String value) {
        parts.add(("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds a file field. */
    public MultipartBody file(String name, String fileName, String contentType, byte[] content) {
        byte[] head = ("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] part = new byte[head.length + content.length];
        System.arraycopy(head, 0, part, 0, head.length);
        System.arraycopy(content, 0, part, head.length, content.length);
        parts.add(part);
        return this;
    }

    /** The Content-Type header's value. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body's bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(part);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
