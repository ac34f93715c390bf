package uk.nhs.coproduction.app.web.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.app.web.accounts.Account;
import uk.nhs.coproduction.app.web.signin.Sessions;

/**
 * Sign-in with an organisation's provider, end to end over HTTP against a real OpenID Connect
 * server on a loopback port: the app redirects to the provider, the provider signs in and sends
 * the browser back with a code, the app exchanges it and validates the ID token. Then every way a
 * callback must be refused, each with its code and status, and with nobody signed in; forged ID
 * tokens are in {@link ForgedIdTokenTest}.
 */
class OidcSignInTest {

    static final String CLIENT = "coproduction-app";

    @RegisterExtension
    @Order(1)
    static final Provider provider = new Provider("trust");

    @RegisterExtension
    @Order(2)
    static final Provider elsewhere = new Provider("elsewhere");

    @RegisterExtension
    @Order(3)
    static final RunningApp app = RunningApp.withOidc(() -> OidcSettings.of(provider.issuer(), CLIENT)
            .withRolesClaim("roles"));

    static int accountsBefore;

    /** A sign-in the app started: the provider's authorization request and the browser's cookie. */
    record Started(URI authorization, String cookie) {
        String state() {
            return query(authorization, "state");
        }
    }

    @BeforeEach
    void countAccounts() {
        accountsBefore = app.webApp().accounts().all().size();
    }

    static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (pair.substring(0, equals).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    static Started start(String returnTo) {
        HttpResponse<String> begin = app.anonymous().get("/signin/oidc?returnTo=" + URLEncoder.encode(returnTo,
                StandardCharsets.UTF_8));
        assertThat(begin.statusCode()).isEqualTo(303);
        String cookie = begin.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(OidcPages.COOKIE + "=").contains("HttpOnly", "SameSite=Lax",
                "Path=/signin/oidc");
        return new Started(URI.create(begin.headers().firstValue("Location").orElseThrow()),
                cookie.substring(0, cookie.indexOf(';')));
    }

    /** The provider signs the browser in and sends it back: the callback's path and query on the app. */
    static String authorize(Started started) {
        HttpResponse<String> answer = provider.visit(started.authorization());
        assertThat(answer.statusCode()).isEqualTo(302);
        URI callback = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo(OidcSettings.CALLBACK_PATH);
        return callback.getRawPath() + "?" + callback.getRawQuery();
    }

    static HttpResponse<String> callback(String pathAndQuery, String cookie) {
        return app.anonymous().get(pathAndQuery, "Cookie", cookie);
    }

    static void signsInAs(String subject, Map<String, Object> claims, List<String> audience, long expiry) {
        provider.server().enqueueCallback(new DefaultOAuth2TokenCallback(provider.issuerId(), subject, "JWT",
                audience, claims, expiry));
    }




    static void refusedWith(HttpResponse<String> answer, SignInRefusal refusal) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(refusal.status());
        assertThat(answer.body()).contains("(" + refusal.code() + ")").contains("Nothing was recorded");
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Sessions.COOKIE + "="));
        assertThat(app.webApp().accounts().all()).hasSize(accountsBefore);
    }

    @Test
    void theSignInPageOffersTheOrganisationsSignIn() {
        HttpResponse<String> page = app.anonymous().get("/signin?next=/projects");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign in with your organisation", "href=\"/signin/oidc?returnTo=%2Fprojects\"");
    }

    @Test
    void aPersonSignsInAtTheProviderAndComesBackWithASession() throws Exception {
        signsInAs("staff-4711", Map.of("name", "Ada Example", "roles", List.of("qi-lead", "viewer", "root")),
                List.of(CLIENT), 3600);
        Started started = start("/projects");
        assertThat(started.authorization().toString()).startsWith(provider.issuer().toString())
                .contains("code_challenge_method=S256", "client_id=" + CLIENT, "nonce=", "state=");
        String back = authorize(started);

        HttpResponse<String> answer = callback(back, started.cookie());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/projects");
        assertThat(answer.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(Sessions.COOKIE + "=")
                && c.contains("HttpOnly"));
        Actor actor = OidcLogin.actorFor(provider.issuer().toString(), "staff-4711");
        Account account = app.webApp().accounts().find(actor).orElseThrow();
        assertThat(account.hasPassword()).isFalse();
        assertThat(account.displayName()).isNull();
        assertThat(account.organisationRoles()).containsExactlyInAnyOrder(ProjectRole.QI_LEAD, ProjectRole.VIEWER);
        assertThat(app.anonymous().withCookieFrom(answer).get("/projects").statusCode()).isEqualTo(200);
        try (var files = Files.walk(app.data())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).doesNotContain("Ada Example", "staff-4711");
            }
        }
    }

    @Test
    void theSamePersonSigningInAgainIsTheSameAccount() {
        signsInAs("staff-77", Map.of(), List.of(CLIENT), 3600);
        Started first = start("/");
        assertThat(callback(authorize(first), first.cookie()).statusCode()).isEqualTo(303);
        int accounts = app.webApp().accounts().all().size();
        signsInAs("staff-77", Map.of(), List.of(CLIENT), 3600);
        Started second = start("/");
        assertThat(callback(authorize(second), second.cookie()).statusCode()).isEqualTo(303);
        assertThat(app.webApp().accounts().all()).hasSize(accounts);
    }

    @Test
    void theRolesClaimIsAppliedAtEverySignInAndTheProjectsRolesAreKept() {
        signsInAs("staff-roles", Map.of("roles", List.of("qi-lead")), List.of(CLIENT), 3600);
        Started first = start("/");
        assertThat(callback(authorize(first), first.cookie()).statusCode()).isEqualTo(303);
        Actor actor = OidcLogin.actorFor(provider.issuer().toString(), "staff-roles");
        Account made = app.webApp().accounts().find(actor).orElseThrow();
        assertThat(made.organisationRoles()).containsExactly(ProjectRole.QI_LEAD);
        app.webApp().accounts().update(made.withProjectRole(uk.nhs.coproduction.alwaysevents.project.ProjectId
                .of("ward-9"), ProjectRole.QI_LEAD));

        signsInAs("staff-roles", Map.of("roles", List.of("viewer")), List.of(CLIENT), 3600);
        Started second = start("/");
        assertThat(callback(authorize(second), second.cookie()).statusCode()).isEqualTo(303);
        Account after = app.webApp().accounts().find(actor).orElseThrow();
        assertThat(after.organisationRoles()).as("the organisation took qi-lead away").containsExactly(ProjectRole.VIEWER);
        assertThat(after.holds(ProjectRole.QI_LEAD, uk.nhs.coproduction.alwaysevents.project.ProjectId
                .of("ward-9"))).as("the app's role on a project is kept").isTrue();

        signsInAs("staff-roles", Map.of(), List.of(CLIENT), 3600);
        Started third = start("/");
        assertThat(callback(authorize(third), third.cookie()).statusCode()).isEqualTo(303);
        assertThat(app.webApp().accounts().find(actor).orElseThrow().organisationRoles())
                .as("no roles claim: no organisation-wide role").isEmpty();
    }

    @Test
    void aReturnAddressOnAnotherSiteIsNotFollowed() {
        signsInAs("staff-1", Map.of(), List.of(CLIENT), 3600);
        Started started = start("//evil.example/phish");
        HttpResponse<String> answer = callback(authorize(started), started.cookie());
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/");
    }

    @Test
    void aReplayedCallbackIsRefused() {
        signsInAs("staff-2", Map.of(), List.of(CLIENT), 3600);
        Started started = start("/");
        String back = authorize(started);
        assertThat(callback(back, started.cookie()).statusCode()).isEqualTo(303);
        accountsBefore = app.webApp().accounts().all().size();

        refusedWith(callback(back, started.cookie()), SignInRefusal.STATE_UNKNOWN);
    }

    @Test
    void aCallbackWithAnotherStateIsRefused() {
        Started started = start("/");
        String back = authorize(started).replace("state=", "state=x");
        refusedWith(callback(back, started.cookie()), SignInRefusal.STATE_UNKNOWN);
    }

    @Test
    void aCallbackWithNoStateIsRefused() {
        refusedWith(callback(OidcSettings.CALLBACK_PATH + "?code=abc", "x=y"), SignInRefusal.STATE_UNKNOWN);
    }

    @Test
    void aCallbackInAnotherBrowserIsRefused() {
        Started started = start("/");
        String back = authorize(started);
        refusedWith(callback(back, OidcPages.COOKIE + "=someone-elses"), SignInRefusal.BROWSER_MISMATCH);
    }

    @Test
    void aCallbackWithoutACodeIsRefused() {
        Started started = start("/");
        refusedWith(callback(OidcSettings.CALLBACK_PATH + "?state=" + started.state(), started.cookie()),
                SignInRefusal.CODE_MISSING);
    }

    @Test
    void anErrorFromTheProviderIsRefused() {
        Started started = start("/");
        refusedWith(callback(OidcSettings.CALLBACK_PATH + "?error=access_denied&state=" + started.state(),
                started.cookie()), SignInRefusal.PROVIDER_ERROR);
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() {
        signsInAs("staff-5", Map.of("aud", List.of("another-app")), List.of("another-app"), 3600);
        Started started = start("/");
        refusedWith(callback(authorize(started), started.cookie()), SignInRefusal.AUDIENCE_MISMATCH);
    }

    @Test
    void anIdTokenNamingAnotherIssuerIsRefused() {
        signsInAs("staff-6", Map.of("iss", "https://login.elsewhere.example"), List.of(CLIENT), 3600);
        Started started = start("/");
        refusedWith(callback(authorize(started), started.cookie()), SignInRefusal.ISSUER_MISMATCH);
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        signsInAs("staff-7", Map.of(), List.of(CLIENT), -600);
        Started started = start("/");
        refusedWith(callback(authorize(started), started.cookie()), SignInRefusal.EXPIRED);
    }

    @Test
    void aCodeFromNoSignInIsRefused() {
        // This provider exchanges any code, so the ID token it gives carries no nonce of this sign-in.
        Started started = start("/");
        refusedWith(callback(OidcSettings.CALLBACK_PATH + "?code=never-issued&state=" + started.state(),
                started.cookie()), SignInRefusal.NONCE_MISMATCH);
    }
}
