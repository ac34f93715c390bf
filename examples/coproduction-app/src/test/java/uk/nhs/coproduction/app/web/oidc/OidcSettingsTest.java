package uk.nhs.coproduction.app.web.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.project.Actor;

/** The settings' parsing and errors, and the law of the pseudonymous actor id. */
class OidcSettingsTest {

    @Test
    void readsEveryOption() {
        OidcSettings settings = OidcSettings.from(Map.of("issuer", "https://login.example.nhs.uk/tenant/v2.0",
                "client-id", "coproduction", "client-secret", "s3cret-value", "redirect-uri",
                "https://coproduction.example.nhs.uk/signin/oidc/callback", "scopes", "profile, email",
                "roles-claim", "roles", "clock-skew", "PT2M"), "--oidc-");
        assertThat(settings.issuer()).isEqualTo(URI.create("https://login.example.nhs.uk/tenant/v2.0"));
        assertThat(settings.discoveryUrl()).isEqualTo(URI.create(
                "https://login.example.nhs.uk/tenant/v2.0/.well-known/openid-configuration"));
        assertThat(settings.clientId()).isEqualTo("coproduction");
        assertThat(settings.hasClientSecret()).isTrue();
        assertThat(settings.scopes()).containsExactly("openid", "profile", "email");
        assertThat(settings.rolesClaim()).contains("roles");
        assertThat(settings.clockSkew()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.redirectUri()).contains(URI.create(
                "https://coproduction.example.nhs.uk/signin/oidc/callback"));
    }

    @Test
    void theSecretIsNeverShown() {
        OidcSettings settings = OidcSettings.of(URI.create("https://login.example.nhs.uk"), "app")
                .withClientSecret("s3cret-value".toCharArray());
        assertThat(settings.toString()).doesNotContain("s3cret").contains("clientSecret=(set)");
    }

    @Test
    void errorsNameTheOption() {
        assertThatIllegalArgumentException().isThrownBy(() -> OidcSettings.from(Map.of("client-id", "a"), "--oidc-"))
                .withMessageContaining("--oidc-issuer is missing");
        assertThatIllegalArgumentException().isThrownBy(() -> OidcSettings.from(Map.of("issuer",
                "http://login.example.nhs.uk", "client-id", "a"), "--oidc-"))
                .withMessageContaining("--oidc-issuer must be an https URL");
        assertThatIllegalArgumentException().isThrownBy(() -> OidcSettings.from(Map.of("issuer",
                "https://login.example.nhs.uk"), "--oidc-")).withMessageContaining("--oidc-client-id is missing");
        assertThatIllegalArgumentException().isThrownBy(() -> OidcSettings.from(Map.of("issuer",
                "https://login.example.nhs.uk", "client-id", "a", "redirect-uri", "https://app.example/elsewhere"),
                "--oidc-")).withMessageContaining("--oidc-redirect-uri must be the app's address followed by "
                        + "/signin/oidc/callback");
        assertThatIllegalArgumentException().isThrownBy(() -> OidcSettings.from(Map.of("issuer",
                "https://login.example.nhs.uk", "client-id", "a", "clock-skew", "an hour"), "--oidc-"))
                .withMessageContaining("--oidc-clock-skew must be a number of seconds");
        assertThatIllegalArgumentException().isThrownBy(() -> OidcSettings.from(Map.of("issuer",
                "https://login.example.nhs.uk", "client-id", "a", "clock-skew", "3600"), "--oidc-"))
                .withMessageContaining("--oidc-clock-skew must be 0 to 300 seconds");
    }

    @Test
    void aFileNamesItselfAndItsKeyInErrors(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("oidc.properties"), "issuer=https://login.example.nhs.uk\n"
                + "client-id=app\nclient_secret=typo\n");
        assertThatIllegalArgumentException().isThrownBy(() -> OidcSettings.read(file))
                .withMessageStartingWith("oidc.properties: client_secret is not a setting");
        Files.writeString(file, "issuer=https://login.example.nhs.uk\nclient-id=app\nroles-claim=roles\n");
        assertThat(OidcSettings.read(file).rolesClaim()).contains("roles");
    }

    @Test
    void aReturnAddressMustBeOnThisSite() {
        assertThat(OidcPages.localPath("/projects/p1?tab=2")).isEqualTo("/projects/p1?tab=2");
        assertThat(OidcPages.localPath("//evil.example")).isEqualTo("/");
        assertThat(OidcPages.localPath("https://evil.example")).isEqualTo("/");
        assertThat(OidcPages.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(OidcPages.localPath(null)).isEqualTo("/");
    }

    @Property(tries = 200)
    void theActorIdIsStableForAPersonAndDiffersAcrossIssuers(@ForAll @AlphaChars @StringLength(min = 1, max = 20)
            String tenant, @ForAll @NumericChars @StringLength(min = 1, max = 30) String subject) {
        String issuer = "https://login.example.nhs.uk/" + tenant;
        Actor actor = OidcLogin.actorFor(issuer, subject);
        assertThat(OidcLogin.actorFor(issuer, subject)).isEqualTo(actor);
        assertThat(OidcLogin.actorFor(issuer + "x", subject)).isNotEqualTo(actor);
        assertThat(OidcLogin.actorFor(issuer, subject + "0")).isNotEqualTo(actor);
        assertThat(actor.value()).matches("oidc-[0-9a-f]{32}");
    }
}
