package uk.nhs.coproduction.app.web.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ID tokens a token endpoint should never give, checked by {@link OidcLogin} against the real
 * provider's discovery document and published keys: each is refused with its code.
 */
class ForgedIdTokenTest {

    static final String CLIENT = "coproduction-app";

    @RegisterExtension
    @Order(1)
    static final Provider provider = new Provider("trust");

    @RegisterExtension
    @Order(2)
    static final Provider elsewhere = new Provider("elsewhere");

    OidcLogin login;
    PendingSignIn pending;

    @BeforeEach
    void begin() throws IOException {
        login = OidcLogin.discover(OidcSettings.of(provider.issuer(), CLIENT));
        pending = login.begin(URI.create("http://localhost:8080" + OidcSettings.CALLBACK_PATH), "/",
                Instant.now().plusSeconds(600)).pending();
    }

    JWTClaimsSet claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(provider.issuer().toString()).subject("forged-subject")
                .audience(CLIENT).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).claim("nonce", pending.nonce()).build();
    }

    SignedJWT genuine(Provider from, Map<String, Object> claims) {
        return from.server().issueToken(from.issuerId(), CLIENT, new DefaultOAuth2TokenCallback(from.issuerId(),
                "staff-1", "JWT", List.of(CLIENT), claims, 600));
    }

    void refusedWith(JWT token, SignInRefusal refusal) {
        SignInResult result = login.validate(token, pending);
        assertThat(result.problems()).as(result.toString()).containsExactly(refusal);
    }

    @Test
    void aTokenTheProviderSignedForThisSignInIsAccepted() {
        SignInResult result = login.validate(genuine(provider, Map.of("nonce", pending.nonce())), pending);
        assertThat(result.isSignedIn()).as(result.toString()).isTrue();
        assertThat(result.orElseThrow().actor()).isEqualTo(OidcLogin.actorFor(provider.issuer().toString(),
                "staff-1"));
    }

    @Test
    void aTokenTheProviderSignedForAnotherSignInIsRefused() {
        refusedWith(genuine(provider, Map.of("nonce", "another-sign-in")), SignInRefusal.NONCE_MISMATCH);
    }

    @Test
    void aTokenWithoutANonceIsRefused() {
        refusedWith(genuine(provider, Map.of()), SignInRefusal.NONCE_MISMATCH);
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheProvidersKeyIdIsRefused() throws Exception {
        String kid = genuine(provider, Map.of()).getHeader().getKeyID();
        RSAKey forger = new RSAKeyGenerator(2048).keyID(kid).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid)
                .type(JOSEObjectType.JWT).build(), claims());
        forged.sign(new RSASSASigner(forger));
        refusedWith(forged, SignInRefusal.SIGNATURE_INVALID);
    }

    @Test
    void aTokenFromAnotherProviderIsRefused() {
        refusedWith(genuine(elsewhere, Map.of("nonce", pending.nonce())), SignInRefusal.SIGNATURE_INVALID);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        refusedWith(new PlainJWT(claims()), SignInRefusal.ALGORITHM_REFUSED);
    }

    @Test
    void aTokenSignedWithASharedSecretIsRefused() throws Exception {
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
        hmac.sign(new MACSigner("a shared secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8)));
        refusedWith(hmac, SignInRefusal.ALGORITHM_REFUSED);
    }

    @Test
    void theProvidersAlgorithmsAreNarrowedToPublicKeyOnes() {
        assertThat(login.algorithms()).isNotEmpty().allMatch(OidcLogin.ACCEPTED_ALGORITHMS::contains)
                .doesNotContain(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512);
    }
}
