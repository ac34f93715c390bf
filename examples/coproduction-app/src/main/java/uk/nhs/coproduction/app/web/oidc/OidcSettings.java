package uk.nhs.coproduction.app.web.oidc;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the app signs people in with an organisation's OpenID Connect provider: the issuer, the
 * client the organisation registered for the app, where the provider sends the browser back, the
 * scopes asked for, which claim (if any) gives the person's roles, and how much clock difference
 * is allowed when checking the ID token's times.
 *
 * <p>The client secret is never logged and never appears in {@link #toString()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 * @provisional the options may gain an account-matching rule once local accounts can be linked
 */
public final class OidcSettings {

    /** The environment variable {@code serve} reads the client secret from, so it is not on the command line. */
    public static final String CLIENT_SECRET_VARIABLE = "COPRODUCTION_OIDC_CLIENT_SECRET";

    /** The clock difference allowed unless another is given: one minute. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(1);

    /** The path the provider sends the browser back to, on the app's own address. */
    public static final String CALLBACK_PATH = "/signin/oidc/callback";

    /** The keys a settings file may have, each the name of a {@code serve} option without {@code --oidc-}. */
    static final Set<String> FILE_KEYS = Set.of("issuer", "client-id", "client-secret", "redirect-uri", "scopes",
            "roles-claim", "clock-skew");

    private final URI issuer;
    private final String clientId;
    private final char @Nullable [] clientSecret;
    private final @Nullable URI redirectUri;
    private final List<String> scopes;
    private final @Nullable String rolesClaim;
    private final Duration clockSkew;

    private OidcSettings(URI issuer, String clientId, char @Nullable [] clientSecret, @Nullable URI redirectUri,
            List<String> scopes, @Nullable String rolesClaim, Duration clockSkew) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
        this.scopes = List.copyOf(scopes);
        this.rolesClaim = rolesClaim;
        this.clockSkew = clockSkew;
    }

    /**
     * Settings for a public client (no secret; PKCE protects the code), asking for {@code openid}
     * and {@code profile}, with no roles claim and the default clock skew.
     *
     * @param issuer the provider's issuer URL, as its discovery document gives it
     * @param clientId the client id the provider gave the app
     * @return the settings
     * @throws IllegalArgumentException naming the option if the issuer is not an https URL (or
     *     http on the loopback address, for tests and local providers) or the client id is blank
     */
    public static OidcSettings of(URI issuer, String clientId) {
        return new OidcSettings(checkedIssuer(issuer, "--oidc-issuer"), checkedClientId(clientId), null, null,
                List.of("openid", "profile"), null, DEFAULT_CLOCK_SKEW);
    }

    /**
     * Reads settings from option values keyed as in a settings file ({@code issuer},
     * {@code client-id}, {@code client-secret}, {@code redirect-uri}, {@code scopes} (separated by
     * spaces or commas), {@code roles-claim}, {@code clock-skew} in seconds or as an ISO-8601
     * duration such as {@code PT2M}).
     *
     * @param values the values; blank ones count as absent
     * @param source what to call a key in an error: {@code "--oidc-"} for options, or the file's
     *     name followed by a colon
     * @return the settings
     * @throws IllegalArgumentException naming the option or key that is missing, unknown or wrong
     */
    public static OidcSettings from(Map<String, String> values, String source) {
        for (String key : values.keySet()) {
            if (!FILE_KEYS.contains(key)) {
                throw new IllegalArgumentException(source + key + " is not a setting; the settings are "
                        + String.join(", ", FILE_KEYS.stream().sorted().toList()));
            }
        }
        String issuerText = value(values, "issuer");
        if (issuerText == null) {
            throw new IllegalArgumentException(source + "issuer is missing: give the provider's issuer URL");
        }
        URI issuer = checkedIssuer(uri(issuerText, source + "issuer"), source + "issuer");
        String clientId = value(values, "client-id");
        if (clientId == null) {
            throw new IllegalArgumentException(source + "client-id is missing: give the client id the provider "
                    + "registered for the app");
        }
        OidcSettings settings = new OidcSettings(issuer, checkedClientId(clientId), null, null,
                List.of("openid", "profile"), null, DEFAULT_CLOCK_SKEW);
        String secret = value(values, "client-secret");
        if (secret != null) {
            settings = settings.withClientSecret(secret.toCharArray());
        }
        String redirect = value(values, "redirect-uri");
        if (redirect != null) {
            settings = settings.withRedirectUri(uri(redirect, source + "redirect-uri"), source + "redirect-uri");
        }
        String scopes = value(values, "scopes");
        if (scopes != null) {
            settings = settings.withScopes(Arrays.asList(scopes.split("[\\s,]+")));
        }
        String roles = value(values, "roles-claim");
        if (roles != null) {
            settings = settings.withRolesClaim(roles);
        }
        String skew = value(values, "clock-skew");
        if (skew != null) {
            settings = settings.withClockSkew(duration(skew, source + "clock-skew"));
        }
        return settings;
    }

    /**
     * Reads settings from a properties file with the keys of {@link #from}; the client secret may
     * be left out of it and given in {@link #CLIENT_SECRET_VARIABLE} instead.
     *
     * @param file the file
     * @return the settings
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and the key that is missing, unknown or wrong
     */
    public static OidcSettings read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": not a properties file (" + e.getMessage() + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return from(values, file.getFileName() + ": ");
    }

    private static @Nullable String value(Map<String, String> values, String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static URI uri(String text, String name) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + e.getReason());
        }
    }

    private static Duration duration(String text, String name) {
        try {
            return text.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(text))
                    : Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be a number of seconds or a duration such as PT2M, was "
                    + text);
        }
    }

    private static URI checkedIssuer(URI issuer, String name) {
        if (!isSafeUrl(issuer)) {
            throw new IllegalArgumentException(name + " must be an https URL with a host (http only on localhost), "
                    + "such as https://login.example.nhs.uk/tenant/v2.0");
        }
        if (issuer.getRawQuery() != null || issuer.getRawFragment() != null) {
            throw new IllegalArgumentException(name + " must not have a query or a fragment");
        }
        return issuer;
    }

    private static boolean isSafeUrl(URI url) {
        if (!url.isAbsolute() || url.getHost() == null) {
            return false;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        return scheme.equals("https") || (scheme.equals("http") && loopback);
    }

    private static String checkedClientId(String clientId) {
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("--oidc-client-id must not be blank");
        }
        return clientId.strip();
    }

    /**
     * {@return these settings with a client secret (a confidential client), sent to the token
     * endpoint with HTTP Basic authentication}
     *
     * @param secret the secret; copied
     */
    public OidcSettings withClientSecret(char[] secret) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("the client secret must not be empty");
        }
        return new OidcSettings(issuer, clientId, secret.clone(), redirectUri, scopes, rolesClaim, clockSkew);
    }

    /**
     * {@return these settings with the redirect URI registered with the provider}
     *
     * @param redirect the app's {@value #CALLBACK_PATH} on its public address
     * @throws IllegalArgumentException if it is not an https URL (http only on localhost) ending
     *     in {@value #CALLBACK_PATH}
     */
    public OidcSettings withRedirectUri(URI redirect) {
        return withRedirectUri(redirect, "--oidc-redirect-uri");
    }

    private OidcSettings withRedirectUri(URI redirect, String name) {
        if (!isSafeUrl(redirect) || !CALLBACK_PATH.equals(redirect.getPath()) || redirect.getRawQuery() != null) {
            throw new IllegalArgumentException(name + " must be the app's address followed by " + CALLBACK_PATH
                    + " (https, or http on localhost), such as https://coproduction.example.nhs.uk" + CALLBACK_PATH);
        }
        return new OidcSettings(issuer, clientId, clientSecret, redirect, scopes, rolesClaim, clockSkew);
    }

    /**
     * {@return these settings asking for these scopes; {@code openid} is added when missing}
     *
     * @param requested the scopes, such as {@code openid profile email}
     */
    public OidcSettings withScopes(List<String> requested) {
        List<String> cleaned = new java.util.ArrayList<>();
        cleaned.add("openid");
        for (String scope : requested) {
            String strip = scope.strip();
            if (!strip.isEmpty() && !cleaned.contains(strip)) {
                if (!strip.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != '\\')) {
                    throw new IllegalArgumentException("--oidc-scopes: a scope has a character a scope may not have");
                }
                cleaned.add(strip);
            }
        }
        return new OidcSettings(issuer, clientId, clientSecret, redirectUri, cleaned, rolesClaim, clockSkew);
    }

    /**
     * {@return these settings reading the person's roles from a claim of the ID token}
     *
     * @param claim the claim's name, such as {@code roles} (Entra ID's app roles)
     */
    public OidcSettings withRolesClaim(String claim) {
        if (claim.isBlank()) {
            throw new IllegalArgumentException("--oidc-roles-claim must not be blank");
        }
        return new OidcSettings(issuer, clientId, clientSecret, redirectUri, scopes, claim.strip(), clockSkew);
    }

    /**
     * {@return these settings allowing this much difference between the provider's clock and ours}
     *
     * @param skew zero to five minutes
     * @throws IllegalArgumentException if it is negative or over five minutes
     */
    public OidcSettings withClockSkew(Duration skew) {
        if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("--oidc-clock-skew must be 0 to 300 seconds, was " + skew.toSeconds());
        }
        return new OidcSettings(issuer, clientId, clientSecret, redirectUri, scopes, rolesClaim, skew);
    }

    /** {@return the provider's issuer URL; its discovery document is under {@code /.well-known/openid-configuration}} */
    public URI issuer() {
        return issuer;
    }

    /** {@return the discovery document's address: the issuer followed by {@code /.well-known/openid-configuration}} */
    public URI discoveryUrl() {
        String text = issuer.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text)
                + "/.well-known/openid-configuration");
    }

    /** {@return the client id the provider registered for the app; the ID token's audience} */
    public String clientId() {
        return clientId;
    }

    /** {@return whether a client secret is set (a confidential client)} */
    public boolean hasClientSecret() {
        return clientSecret != null;
    }

    /** {@return a copy of the client secret, if one is set} */
    Optional<char[]> clientSecret() {
        return Optional.ofNullable(clientSecret).map(char[]::clone);
    }

    /** {@return the redirect URI registered with the provider, if set; otherwise the address the browser used is taken} */
    public Optional<URI> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    /** {@return the scopes asked for, {@code openid} first} */
    public List<String> scopes() {
        return scopes;
    }

    /** {@return the ID token claim that gives the person's roles, if one is set} */
    public Optional<String> rolesClaim() {
        return Optional.ofNullable(rolesClaim);
    }

    /** {@return the clock difference allowed when checking the ID token's times} */
    public Duration clockSkew() {
        return clockSkew;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OidcSettings that && issuer.equals(that.issuer) && clientId.equals(that.clientId)
                && Arrays.equals(clientSecret, that.clientSecret) && Objects.equals(redirectUri, that.redirectUri)
                && scopes.equals(that.scopes) && Objects.equals(rolesClaim, that.rolesClaim)
                && clockSkew.equals(that.clockSkew);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issuer, clientId, redirectUri, scopes, rolesClaim, clockSkew);
    }

    /** {@return the settings without the client secret, which is shown only as set or not} */
    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "none" : "(set)") + ", redirectUri=" + redirectUri + ", scopes=" + scopes
                + ", rolesClaim=" + rolesClaim + ", clockSkew=" + clockSkew + "]";
    }
}
