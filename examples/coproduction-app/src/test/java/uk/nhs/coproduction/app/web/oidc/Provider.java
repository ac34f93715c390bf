package uk.nhs.coproduction.app.web.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OAuth 2.0 / OpenID Connect server (NAV's mock-oauth2-server) on a free loopback port for
 * the tests of one class, with interactive login off: the authorization endpoint signs in at once
 * and the test chooses the subject and claims with {@link MockOAuth2Server#enqueueCallback}.
 *
 * <p>Requests to the provider (the browser's visit to its authorization endpoint) go through
 * {@link #visit}, a client of its own: they are not requests to the app, so {@code RunningApp}'s
 * helpers are not for them.
 */
final class Provider implements BeforeAllCallback, AfterAllCallback {

    private final String issuerId;
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private @Nullable MockOAuth2Server server;

    Provider(String issuerId) {
        this.issuerId = issuerId;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        MockOAuth2Server started = new MockOAuth2Server();
        started.start(InetAddress.getLoopbackAddress(), 0);
        server = started;
        // The provider's first answers are slow while its classes load: read its discovery document once.
        assertThat(visit(URI.create(started.wellKnownUrl(issuerId).toString())).statusCode()).isEqualTo(200);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.shutdown();
        }
    }

    MockOAuth2Server server() {
        return Objects.requireNonNull(server, "the provider starts before the class's tests");
    }

    String issuerId() {
        return issuerId;
    }

    /** The issuer URL, as the discovery document gives it. */
    URI issuer() {
        return URI.create(server().issuerUrl(issuerId).toString());
    }

    /** The browser's visit to an address at the provider: the answer, redirects not followed. */
    HttpResponse<String> visit(URI address) {
        try {
            return browser.send(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
