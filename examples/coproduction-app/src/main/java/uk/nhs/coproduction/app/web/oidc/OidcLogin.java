package uk.nhs.coproduction.app.web.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.Actor;

/**
 * The authorization code flow with an organisation's OpenID Connect provider, on Connect2id's
 * OAuth 2.0 SDK: {@link #begin} makes the authorization request (with a new state, nonce and PKCE
 * code verifier, S256), {@link #complete} checks the callback against what was kept, exchanges the
 * code (sending the verifier) and validates the ID token with the SDK's {@link IDTokenValidator}:
 * signature against the issuer's published keys (RSA or EC only: unsigned tokens and shared-secret
 * HMAC algorithms are refused before anything else is read), issuer, audience (the client id),
 * expiry and not-before with the configured clock skew, and the nonce.
 *
 * <p>The provider is found once, by discovery ({@link #discover}); its keys are fetched when
 * needed and cached by the SDK.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class OidcLogin {

    /** The signature algorithms accepted for ID tokens, whatever the provider says it supports. */
    public static final Set<JWSAlgorithm> ACCEPTED_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int KEYS_SIZE_LIMIT = 256 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A sign-in sent to the provider: where to send the browser, what to keep, and the key to give
     * the browser (in a cookie) so the callback can be tied to it.
     *
     * @param authorizationRequest the provider's authorization endpoint with the request's parameters
     * @param pending what to keep until the callback
     * @param browserKey the random key for the browser's cookie; only its hash is kept
     */
    public record Begun(URI authorizationRequest, PendingSignIn pending, String browserKey) {

        /** {@return the authorization request only; never the browser's key} */
        @Override
        public String toString() {
            return "Begun[" + pending + "]";
        }
    }

    private final OidcSettings settings;
    private final OIDCProviderMetadata provider;
    private final IDTokenValidator validator;
    private final Set<JWSAlgorithm> algorithms;

    private OidcLogin(OidcSettings settings, OIDCProviderMetadata provider) throws MalformedURLException {
        this.settings = settings;
        this.provider = provider;
        Set<JWSAlgorithm> offered = new LinkedHashSet<>(provider.getIDTokenJWSAlgs() == null
                ? List.of(JWSAlgorithm.RS256) : provider.getIDTokenJWSAlgs());
        offered.retainAll(ACCEPTED_ALGORITHMS);
        if (offered.isEmpty()) {
            offered.add(JWSAlgorithm.RS256);
        }
        this.algorithms = Set.copyOf(offered);
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(provider.getJWKSetURI().toURL(),
                new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, KEYS_SIZE_LIMIT)).retrying(false).build();
        this.validator = new IDTokenValidator(provider.getIssuer(), new ClientID(settings.clientId()),
                new JWSVerificationKeySelector<>(algorithms, keys), null);
        this.validator.setMaxClockSkew((int) settings.clockSkew().toSeconds());
    }

    /**
     * Finds the provider from its discovery document, {@code {issuer}/.well-known/openid-configuration},
     * whose issuer must be the configured one exactly.
     *
     * @param settings the settings
     * @return the flow with that provider
     * @throws IOException if the document cannot be fetched or is not a provider's metadata for
     *     that issuer (the message says which)
     */
    public static OidcLogin discover(OidcSettings settings) throws IOException {
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        } catch (GeneralException e) {
            throw new IOException("the discovery document at " + settings.discoveryUrl() + " is not usable: "
                    + e.getMessage(), e);
        }
        if (metadata.getAuthorizationEndpointURI() == null || metadata.getTokenEndpointURI() == null
                || metadata.getJWKSetURI() == null) {
            throw new IOException("the discovery document at " + settings.discoveryUrl()
                    + " names no authorization endpoint, token endpoint or JWKS");
        }
        return new OidcLogin(settings, metadata);
    }

    /** {@return the settings this flow was made with} */
    public OidcSettings settings() {
        return settings;
    }

    /** {@return the ID token signature algorithms accepted: the provider's, less any not in {@link #ACCEPTED_ALGORITHMS}} */
    public Set<JWSAlgorithm> algorithms() {
        return algorithms;
    }

    /**
     * Starts a sign-in.
     *
     * @param redirectUri the app's callback address, as registered with the provider
     * @param returnTo the local path to go to once signed in
     * @param expiresAt when the sign-in can no longer be finished
     * @return the authorization request and what to keep
     */
    public Begun begin(URI redirectUri, String returnTo, Instant expiresAt) {
        State state = new State(32);
        Nonce nonce = new Nonce(32);
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope(settings.scopes().toArray(String[]::new)), new ClientID(settings.clientId()), redirectUri)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String browserKey = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        PendingSignIn pending = new PendingSignIn(state.getValue(), nonce.getValue(), verifier.getValue(), redirectUri,
                returnTo, sha256Hex(browserKey), expiresAt);
        return new Begun(request.toURI(), pending, browserKey);
    }

    /**
     * {@return whether a browser's key is the one whose hash the sign-in keeps (compared in constant time)}
     *
     * @param pending the sign-in
     * @param browserKey the key from the browser's cookie, or null if it sent none
     */
    public static boolean sameBrowser(PendingSignIn pending, @Nullable String browserKey) {
        return browserKey != null && MessageDigest.isEqual(sha256Hex(browserKey).getBytes(StandardCharsets.US_ASCII),
                pending.browserHash().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Finishes a sign-in: checks the callback's parameters against what was kept, exchanges the
     * code and validates the ID token. The caller has already taken {@code stored} out of
     * {@link PendingSignIns}, so the same callback cannot be used twice.
     *
     * @param callback the callback's query parameters (first value of each)
     * @param stored what {@link #begin} kept
     * @return signed in, or refused with the first check that failed; never throws for a refusal
     */
    public SignInResult complete(Map<String, String> callback, PendingSignIn stored) {
        String state = callback.get("state");
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                stored.state().getBytes(StandardCharsets.UTF_8))) {
            return refused(SignInRefusal.STATE_UNKNOWN, "the callback's state is not this sign-in's");
        }
        String issuer = callback.get("iss");
        if (issuer != null && !issuer.equals(provider.getIssuer().getValue())) {
            return refused(SignInRefusal.ISSUER_MISMATCH, "the callback names another issuer (RFC 9207)");
        }
        String error = callback.get("error");
        if (error != null) {
            return refused(SignInRefusal.PROVIDER_ERROR, "the provider answered " + safeCode(error));
        }
        String code = callback.get("code");
        if (code == null || code.isBlank()) {
            return refused(SignInRefusal.CODE_MISSING, "the callback has no code");
        }
        JWT idToken;
        try {
            idToken = exchange(code, stored);
        } catch (Refusal refusal) {
            return refusal.result;
        }
        return validate(idToken, stored);
    }

    private JWT exchange(String code, PendingSignIn stored) throws Refusal {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), stored.redirectUri(),
                new CodeVerifier(stored.codeVerifier()));
        URI endpoint = provider.getTokenEndpointURI();
        ClientID client = new ClientID(settings.clientId());
        TokenRequest request = settings.clientSecret()
                .map(secret -> new TokenRequest.Builder(endpoint, new ClientSecretBasic(client,
                        new Secret(new String(secret))), grant).build())
                .orElseGet(() -> new TokenRequest.Builder(endpoint, client, grant).build());
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        HTTPResponse answer;
        try {
            answer = http.send();
        } catch (IOException e) {
            throw new Refusal(refused(SignInRefusal.PROVIDER_UNAVAILABLE, "the token endpoint could not be reached"));
        }
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(answer);
        } catch (ParseException e) {
            boolean ok = answer.getStatusCode() == 200;
            throw new Refusal(refused(ok && String.valueOf(e.getMessage()).contains("id_token")
                    ? SignInRefusal.ID_TOKEN_MISSING : SignInRefusal.TOKEN_REQUEST_FAILED,
                    "the token endpoint answered " + answer.getStatusCode() + " with a response that is not an "
                            + "OpenID Connect token response"));
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new Refusal(refused(SignInRefusal.TOKEN_REQUEST_FAILED, "the token endpoint answered "
                    + answer.getStatusCode() + " " + safeCode(error.getCode())));
        }
        if (!(response instanceof OIDCTokenResponse tokens) || tokens.getOIDCTokens().getIDToken() == null) {
            throw new Refusal(refused(SignInRefusal.ID_TOKEN_MISSING, "the token response has no ID token"));
        }
        return tokens.getOIDCTokens().getIDToken();
    }

    /**
     * Validates an ID token for a sign-in: the algorithm, then the SDK's checks.
     *
     * @param idToken the token the token endpoint gave
     * @param stored the sign-in it must belong to
     * @return signed in, or refused with the check that failed
     */
    SignInResult validate(JWT idToken, PendingSignIn stored) {
        if (!(idToken instanceof SignedJWT signed)) {
            return refused(SignInRefusal.ALGORITHM_REFUSED, "the ID token is " + (idToken.getHeader().getAlgorithm()
                    == com.nimbusds.jose.Algorithm.NONE ? "unsigned (alg none)" : "encrypted, which is not set up"));
        }
        JWSHeader header = signed.getHeader();
        if (!algorithms.contains(header.getAlgorithm())) {
            return refused(SignInRefusal.ALGORITHM_REFUSED, "the ID token is signed with "
                    + safeCode(header.getAlgorithm().getName()) + "; accepted: " + algorithms.stream()
                    .map(JWSAlgorithm::getName).sorted().toList());
        }
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(signed, new Nonce(stored.nonce()));
        } catch (BadJOSEException e) {
            return refused(classify(e), "the ID token was refused: " + e.getMessage());
        } catch (JOSEException e) {
            return refused(e instanceof com.nimbusds.jose.KeySourceException ? SignInRefusal.PROVIDER_UNAVAILABLE
                    : SignInRefusal.SIGNATURE_INVALID, "the ID token's signature could not be checked: "
                    + e.getMessage());
        }
        String issuer = claims.getIssuer().getValue();
        String subject = claims.getSubject().getValue();
        Object name = claims.getClaim("name");
        return new SignInResult.SignedIn(issuer, subject, actorFor(issuer, subject),
                name instanceof String text && !text.isBlank() ? text.strip() : null, roles(claims));
    }

    /** Which check a validation failure is: the SDK's exception types first, then its messages. */
    private static SignInRefusal classify(BadJOSEException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof BadJWSException || message.contains("signature") || message.contains("no matching key")) {
            return SignInRefusal.SIGNATURE_INVALID;
        }
        if (message.contains("issuer")) {
            return SignInRefusal.ISSUER_MISMATCH;
        }
        if (message.contains("audience")) {
            return SignInRefusal.AUDIENCE_MISMATCH;
        }
        if (message.contains("expired")) {
            return SignInRefusal.EXPIRED;
        }
        if (message.contains("before use time") || message.contains("ahead of current time")
                || message.contains("not before")) {
            return SignInRefusal.NOT_YET_VALID;
        }
        if (message.contains("nonce")) {
            return SignInRefusal.NONCE_MISMATCH;
        }
        return SignInRefusal.ID_TOKEN_INVALID;
    }

    private Set<String> roles(IDTokenClaimsSet claims) {
        if (settings.rolesClaim().isEmpty()) {
            return Set.of();
        }
        Object value = claims.getClaim(settings.rolesClaim().get());
        Set<String> roles = new LinkedHashSet<>();
        if (value instanceof String text) {
            roles.add(text.strip());
        } else if (value instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(o -> ((String) o).strip()).forEach(roles::add);
        }
        roles.removeIf(role -> role.isEmpty() || role.length() > 64);
        return roles;
    }

    /**
     * The pseudonymous actor id for a person at a provider: {@code oidc-} and the first 128 bits,
     * in hex, of the SHA-256 of the issuer, a zero byte and the subject. The same person at the
     * same provider always gets the same id; it is never their email or name, and it cannot be
     * turned back into the subject.
     *
     * @param issuer the issuer
     * @param subject the provider's id for the person
     * @return the actor id
     */
    public static Actor actorFor(String issuer, String subject) {
        String hash = sha256Hex(issuer + '\u0000' + subject);
        return Actor.of("oidc-" + hash.substring(0, 32));
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A provider's error code, cut to the characters error codes have, so nothing else reaches a page or log. */
    private static String safeCode(@Nullable String code) {
        if (code == null) {
            return "(no error code)";
        }
        String cut = code.length() > 64 ? code.substring(0, 64) : code;
        return cut.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')
                ? cut : "(an error code with other characters)";
    }

    private static SignInResult.Refused refused(SignInRefusal refusal, String detail) {
        return new SignInResult.Refused(refusal, detail);
    }

    /** Carries a refusal out of the token exchange. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        /** The refusal; not serialised with the exception. */
        private final transient SignInResult.Refused result;

        Refusal(SignInResult.Refused result) {
            super(result.detail(), null, false, false);
            this.result = result;
        }
    }
}
