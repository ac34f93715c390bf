package uk.nhs.coproduction.app.web.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Writes a {@link Reply} to Jetty's response with the security headers every answer carries:
 * pages, API answers and the errors Jetty answers itself alike. The one place they are set.
 */
final class ReplyWriter {

    private ReplyWriter() {
    }

    /** Writes the reply and completes the callback when it is sent (or failed). */
    static void write(Reply reply, Response response, Callback callback, boolean head) {
        response.setStatus(reply.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, reply.contentType());
        headers.put("Content-Security-Policy", Router.CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        reply.headers().forEach(headers::put);
        byte[] body = reply.body();
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        ByteBuffer content = head || body.length == 0 ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(body);
        response.write(true, content, callback);
    }
}
