package uk.nhs.coproduction.app.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Routing, refusals and the checks the router makes on every request, without a network. */
class RouterTest {

    private final Router router = new Router((request, status, message) -> Reply.html(status, "page: " + message),
            true, 16)
            .get("/items/{id}", r -> Reply.json(200, "{\"id\": \"" + r.pathParameter("id") + "\"}"))
            .post("/api/echo", r -> Reply.of(200, "text/plain", new String(r.body(), StandardCharsets.UTF_8)))
            .get("/api/boom", r -> {
                throw new IllegalStateException("secret detail");
            });

    private static Request request(String method, String path, Map<String, List<String>> headers, String body) {
        return Request.of(method, path, headers, body.getBytes(StandardCharsets.UTF_8), 16, Map.of());
    }

    private static Map<String, List<String>> host() {
        return Map.of("Host", List.of("localhost:8080"));
    }

    @Test
    void routesWithAPathParameter() {
        Reply reply = router.answer(request("GET", "/items/abc", host(), ""));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text()).isEqualTo("{\"id\": \"abc\"}");
        assertThat(router.answer(request("HEAD", "/items/abc", host(), "")).status()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndMethods() {
        assertThat(router.answer(request("GET", "/items", host(), "")).status()).isEqualTo(404);
        assertThat(router.answer(request("GET", "/items/", host(), "")).status()).isEqualTo(404);
        Reply method = router.answer(request("DELETE", "/items/abc", host(), ""));
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.headers()).containsEntry("Allow", "GET, HEAD");
        assertThat(method.text()).startsWith("page: ");
    }

    @Test
    void apiRefusalsAreProblemsAndPagesAreHtml() {
        Reply api = router.answer(request("GET", "/api/nothing", host(), ""));
        assertThat(api.contentType()).isEqualTo(Reply.PROBLEM_JSON);
        assertThat(api.text()).contains("\"status\" : 404").contains("\"instance\" : \"/api/nothing\"");
    }

    @Test
    void aFailureIsLoggedWithAReferenceAndNeverShown() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("uk.nhs.coproduction.app.web");
        java.util.logging.Level before = log.getLevel();
        log.setLevel(java.util.logging.Level.OFF);
        try {
            Reply reply = router.answer(request("GET", "/api/boom", host(), ""));
            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.text()).contains("quote reference").doesNotContain("secret detail")
                    .doesNotContain("IllegalStateException").doesNotContain("at uk.");
        } finally {
            log.setLevel(before);
        }
    }

    @Test
    void bodiesOverTheLimitAreRefusedWith413() {
        Reply ok = router.answer(request("POST", "/api/echo", host(), "sixteen bytes ok"));
        assertThat(ok.text()).isEqualTo("sixteen bytes ok");
        Reply over = router.answer(request("POST", "/api/echo", host(), "seventeen bytes!!"));
        assertThat(over.status()).isEqualTo(413);
        assertThat(over.headers()).containsEntry("Connection", "close");
        assertThat(over.text()).contains("at most 16 bytes");
        Map<String, List<String>> declared = Map.of("Host", List.of("localhost"), "Content-Length", List.of("9999"));
        assertThat(router.answer(request("POST", "/api/echo", declared, "")).status()).isEqualTo(413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.nip.io",
        "localhost:80x"})
    void otherHostsAreRefusedWhenListeningOnLoopback(String host) {
        Reply reply = router.answer(request("GET", "/items/a", Map.of("Host", List.of(host)), ""));
        assertThat(reply.status()).isEqualTo(421);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST:8080", "127.0.0.1:1", "[::1]:8080", "[::1]"})
    void loopbackHostsAreServed(String host) {
        assertThat(router.answer(request("GET", "/items/a", Map.of("Host", List.of(host)), "")).status()).isEqualTo(200);
    }

    @Test
    void postsFromOtherSitesAreRefused() {
        Map<String, List<String>> foreign = Map.of("Host", List.of("localhost:8080"),
                "Origin", List.of("https://elsewhere.example"));
        assertThat(router.answer(request("POST", "/api/echo", foreign, "x")).status()).isEqualTo(403);
        Map<String, List<String>> crossSite = Map.of("Host", List.of("localhost:8080"),
                "Sec-Fetch-Site", List.of("cross-site"));
        assertThat(router.answer(request("POST", "/api/echo", crossSite, "x")).status()).isEqualTo(403);
        Map<String, List<String>> own = Map.of("Host", List.of("localhost:8080"),
                "Origin", List.of("http://localhost:8080"));
        assertThat(router.answer(request("POST", "/api/echo", own, "x")).status()).isEqualTo(200);
    }
}
