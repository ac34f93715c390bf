package uk.nhs.coproduction.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.WebServer;

/**
 * What the server (Jetty) answers before a page is reached: headers too large, a malformed query,
 * a Content-Length that is negative, too large or not kept to. Each is answered in the app's own
 * way (its error page or problem details, with the security headers, never a stack trace), and a
 * slow client is cut off by the idle timeout. Sent over plain sockets, as a client that breaks the
 * rules would.
 */
class ServerLimitsTest {

    /** Short, so the slow client is cut off soon; long enough for a page's first rendering on a busy machine. */
    private static final Duration IDLE = Duration.ofMillis(1_500);
    private static @Nullable WebApp app;

    @BeforeAll
    static void start() throws IOException {
        app = WebApp.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                DataDirectory.at(Files.createTempDirectory("limits-").resolve("data")), RunningApp::catalogue, IDLE);
        // The first rendering of a page loads its template classes: done here, not inside a test's timing.
        send(request("GET /catalogue HTTP/1.1"), "");
        send(request("GET /missing HTTP/1.1"), "");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    /** A response read off the socket. */
    private record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private static Answer send(String head, String body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketException reset) {
            // the server may reset after answering a request it would not read
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("a whole response head in: " + text).isPositive();
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }

    private static String request(String requestLine, String... headers) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.toString();
    }

    private static void isTheAppsOwnAnswer(Answer answer) {
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.header("Server")).isEmpty();
        assertThat(answer.body()).doesNotContain("org.eclipse").doesNotContain("Exception").doesNotContain("at java.")
                .doesNotContain("Jetty").doesNotContain("jetty");
    }

    @Test
    void aThousandHeadersAreRefusedWith431() throws IOException {
        String[] headers = new String[1_000];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = "X-Header-" + i + ": value";
        }
        Answer answer = send(request("GET / HTTP/1.1", headers), "");
        assertThat(answer.status()).isEqualTo(431);
        isTheAppsOwnAnswer(answer);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("<h1>What you sent could not be read</h1>").contains("headers are too large");
    }

    @Test
    void oneHeaderOverTheLimitIsRefusedWith431() throws IOException {
        Answer answer = send(request("GET /api HTTP/1.1", "X-Big: " + "x".repeat(9_000)), "");
        assertThat(answer.status()).isEqualTo(431);
        isTheAppsOwnAnswer(answer);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\" : 431").contains("\"instance\" : \"/api\"");
    }

    @Test
    void aMalformedEscapeInTheQueryGetsTheApps400() throws IOException {
        Answer page = send(request("GET /catalogue?q=%zz HTTP/1.1"), "");
        assertThat(page.status()).isEqualTo(400);
        isTheAppsOwnAnswer(page);
        assertThat(page.body()).contains("<h1>What you sent could not be read</h1>").contains("malformed %-escape")
                .contains("lang=\"en-GB\"");
        Answer api = send(request("GET /api/catalog/search?q=%zz HTTP/1.1"), "");
        assertThat(api.status()).isEqualTo(400);
        isTheAppsOwnAnswer(api);
        assertThat(api.body()).contains("\"status\" : 400").contains("\"title\" : \"Bad Request\"");
    }

    @Test
    void aRequestJettyCannotParseIsAnsweredWithConnectionCloseBeforeTheConnectionCloses() throws IOException {
        // Without "Connection: close" in the request: the server, not the client, ends the connection,
        // and must say so, or a client keeping the connection alive sends its next request into it.
        Answer answer = send("GET /api/projects/a%00b HTTP/1.1\r\nHost: localhost\r\n", "");
        assertThat(answer.status()).isEqualTo(400);
        isTheAppsOwnAnswer(answer);
        assertThat(answer.header("Connection")).isEqualTo("close");
        assertThat(answer.body()).contains("<h1>What you sent could not be read</h1>");
    }

    @Test
    void aNegativeContentLengthIsRefusedWith400() throws IOException {
        Answer answer = send(request("POST /run-chart HTTP/1.1", "Content-Type: text/plain", "Content-Length: -5"), "");
        assertThat(answer.status()).isEqualTo(400);
        isTheAppsOwnAnswer(answer);
        assertThat(answer.body()).contains("<h1>What you sent could not be read</h1>");
    }

    @Test
    void aContentLengthFarOverTheLimitIsRefusedWith413BeforeTheBodyIsRead() throws IOException {
        long start = System.nanoTime();
        Answer answer = send(request("POST /api/spc HTTP/1.1", "Content-Type: text/csv",
                "Content-Length: " + (Request.DISCARD_LIMIT + 1)), "period,value\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered without waiting for the body")
                .isLessThan(IDLE);
        assertThat(answer.status()).isEqualTo(413);
        isTheAppsOwnAnswer(answer);
        assertThat(answer.header("Connection")).isEqualTo("close");
        assertThat(answer.body()).contains("\"status\" : 413").contains("at most 1 MB");
        Answer overflow = send(request("POST /run-chart HTTP/1.1", "Content-Type: text/plain",
                "Content-Length: 99999999999999999999999"), "");
        assertThat(overflow.status()).isEqualTo(400);
        isTheAppsOwnAnswer(overflow);
    }

    @Test
    void aBodyShorterThanItsContentLengthIsCutOffByTheIdleTimeout() throws IOException {
        long start = System.nanoTime();
        Answer answer = send(request("POST /api/spc HTTP/1.1", "Content-Type: text/csv", "Content-Length: 100"),
                "period,value\n");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("the connection is not held for long").isLessThan(Duration.ofSeconds(8))
                .isGreaterThanOrEqualTo(IDLE.minusMillis(50));
        assertThat(answer.status()).isEqualTo(408);
        isTheAppsOwnAnswer(answer);
        assertThat(answer.body()).contains("did not arrive in time");
    }

    @Test
    void clientsThatNeverSendTheirBodiesDoNotStarveTheOthers() throws IOException {
        // More slow clients than the server has threads: each declares a body and sends a little.
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < WebServer.MAX_THREADS * 3; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port());
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write((request("POST /api/spc HTTP/1.1", "Content-Type: text/csv",
                        "Content-Length: 100") + "\r\nperiod").getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            long start = System.nanoTime();
            Answer answer = send(request("GET /api HTTP/1.1"), "");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("answered while the slow clients are still waited for, not after they are cut off")
                    .isLessThan(IDLE);
            for (Socket socket : slow) {
                assertThat(read(socket.getInputStream()).status()).isEqualTo(408);
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws IOException {
        StringBuilder chunks = new StringBuilder();
        String chunk = "x".repeat(64 * 1024);
        for (int i = 0; i < 20; i++) {
            chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        Answer answer = send(request("POST /api/spc HTTP/1.1", "Content-Type: text/csv", "Transfer-Encoding: chunked"),
                chunks.toString());
        assertThat(answer.status()).isEqualTo(413);
        isTheAppsOwnAnswer(answer);
        assertThat(answer.body()).contains("at most 1 MB");
    }
}
