package uk.nhs.coproduction.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.app.web.accounts.Account;
import uk.nhs.coproduction.app.web.accounts.Passwords;
import uk.nhs.coproduction.app.web.signin.Gate;
import uk.nhs.coproduction.app.web.signin.Sessions;

/**
 * An HTTP client of the web app as one person: it sends the session cookie with every page
 * request, the session's CSRF token with every page {@code POST} (as the header
 * {@value Gate#CSRF_HEADER}, which the app accepts as well as the form field), and a personal API
 * token as {@code Authorization: Bearer} with every {@code /api} call. An anonymous client sends
 * none of them. Redirects are never followed.
 */
public final class SignedInClient {

    /** The password of every account the tests make. */
    public static final String PASSWORD = "correct horse battery staple";

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;
    private final @Nullable String cookie;
    private final @Nullable String csrf;
    private final @Nullable String bearer;
    private final @Nullable String preSignIn;

    private SignedInClient(URI base, @Nullable String cookie, @Nullable String csrf, @Nullable String bearer,
            @Nullable String preSignIn) {
        this.base = base;
        this.cookie = cookie;
        this.csrf = csrf;
        this.bearer = bearer;
        this.preSignIn = preSignIn;
    }

    /** A client that sends no credentials. */
    public static SignedInClient anonymous(URI base) {
        return new SignedInClient(base, null, null, null, null);
    }

    /**
     * {@return this client as a browser is once it has opened the page of a form sent before
     * anyone is signed in (sign-in, set-up, an invitation): holding the pre-sign-in cookie that
     * page set, with the form's token as its CSRF token}
     */
    public SignedInClient opening(String page) {
        HttpResponse<String> opened = get(page);
        String held = opened.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessions.PRE_SIGN_IN_COOKIE + "="))
                .map(c -> c.substring(c.indexOf('=') + 1, c.indexOf(';'))).findFirst().orElse(preSignIn);
        Matcher token = CSRF.matcher(opened.body());
        if (held == null || !token.find()) {
            throw new IllegalStateException(page + " (" + opened.statusCode() + ") gave no pre-sign-in token");
        }
        return new SignedInClient(base, cookie, token.group(1), bearer, held);
    }

    /**
     * Makes the account {@code id} with these organisation-wide roles if it does not exist (with
     * {@link #PASSWORD}), signs in through the sign-in page, reads the CSRF token from a page and
     * makes an API token.
     */
    public static SignedInClient signIn(WebApp app, String id, ProjectRole... roles) {
        app.accounts().add(Account.of(Actor.of(id), null, Passwords.hash(PASSWORD), Set.of(roles), Instant.now()));
        return signInWith(app.address(), id, PASSWORD).withBearer(app.accounts().createToken(Actor.of(id), "tests")
                .secret());
    }

    /** Signs in through the sign-in page with this id and password; fails if it is refused. */
    public static SignedInClient signInWith(URI base, String id, String password) {
        SignedInClient anonymous = anonymous(base).opening("/signin");
        HttpResponse<String> signedIn = anonymous.postForm("/signin", "id", id, "password", password, "next", "/account");
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("signing in as " + id + " answered " + signedIn.statusCode());
        }
        return anonymous(base).withCookieFrom(signedIn).withCsrfFromPage("/account");
    }

    /** {@return this client with the session cookie a response set} */
    public SignedInClient withCookieFrom(HttpResponse<String> response) {
        String set = response.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException(
                "the response set no cookie"));
        return withCookie(set.substring(set.indexOf('=') + 1, set.indexOf(';')));
    }

    /** {@return this client with its CSRF token read from the forms of a page} */
    public SignedInClient withCsrfFromPage(String path) {
        HttpResponse<String> page = get(path);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException(path + " (" + page.statusCode() + ") has no CSRF field");
        }
        return withCsrf(token.group(1));
    }

    /** {@return this client sending another session cookie value (null: none)} */
    public SignedInClient withCookie(@Nullable String value) {
        return new SignedInClient(base, value, csrf, bearer, preSignIn);
    }

    /** {@return this client sending another CSRF token (null: none)} */
    public SignedInClient withCsrf(@Nullable String token) {
        return new SignedInClient(base, cookie, token, bearer, preSignIn);
    }

    /** {@return this client sending another API token (null: none)} */
    public SignedInClient withBearer(@Nullable String token) {
        return new SignedInClient(base, cookie, csrf, token, preSignIn);
    }

    /** {@return the session cookie's value, or null} */
    public @Nullable String cookie() {
        return cookie;
    }

    /** {@return the CSRF token, or null} */
    public @Nullable String csrf() {
        return csrf;
    }

    /** {@return the API token, or null} */
    public @Nullable String bearer() {
        return bearer;
    }

    /** An address on the app. */
    public URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    /** A GET. */
    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A POST of JSON. */
    public HttpResponse<String> postJson(String pathAndQuery, String json) {
        return post(pathAndQuery, "application/json", json);
    }

    /** A POST of a urlencoded form, as a browser sends it; name and value alternate. */
    public HttpResponse<String> postForm(String path, String... namesAndValues) {
        return post(path, "application/x-www-form-urlencoded", form(namesAndValues));
    }

    /** A urlencoded form body; name and value alternate. */
    public static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i],
                    StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(namesAndValues[i + 1],
                    StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** A POST of text with a media type. */
    public HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** Sends a request with this client's credentials added (those it does not carry already). */
    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET whose body is kept as bytes, such as a PDF, with this client's credentials. */
    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder with = HttpRequest.newBuilder(request, (name, value) -> true);
        boolean api = request.uri().getPath().equals("/api") || request.uri().getPath().startsWith("/api/");
        if (api) {
            if (bearer != null && request.headers().firstValue("Authorization").isEmpty()) {
                with.header("Authorization", "Bearer " + bearer);
            }
        } else {
            if ((cookie != null || preSignIn != null) && request.headers().firstValue("Cookie").isEmpty()) {
                String both = (cookie == null ? "" : Sessions.COOKIE + "=" + cookie)
                        + (cookie != null && preSignIn != null ? "; " : "")
                        + (preSignIn == null ? "" : Sessions.PRE_SIGN_IN_COOKIE + "=" + preSignIn);
                with.header("Cookie", both);
            }
            if (csrf != null && request.method().equals("POST")
                    && request.headers().firstValue(Gate.CSRF_HEADER).isEmpty()) {
                with.header(Gate.CSRF_HEADER, csrf);
            }
        }
        return raw(with.build(), body);
    }

    /** Sends a request exactly as it is. */
    public static HttpResponse<String> raw(HttpRequest request) {
        return raw(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static <T> HttpResponse<T> raw(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
