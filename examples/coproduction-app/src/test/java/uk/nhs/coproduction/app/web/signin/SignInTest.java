package uk.nhs.coproduction.app.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.access.AccessPolicy;
import uk.nhs.coproduction.alwaysevents.access.RoleDefinition;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.app.web.DataDirectory;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.SignedInClient;
import uk.nhs.coproduction.app.web.WebApp;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;

/** Signing in and out, locking out, invitations, API tokens, the partners' page and the first run. */
class SignInTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");
    private static final Pattern TOKEN = Pattern.compile("id=\"new-token\">(cpa_[A-Za-z0-9_-]+)<");
    private static final String NAME = "Florence Testname";

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> ProjectFixtures.withImpactEntry(projects, "team"));

    @TempDir
    Path folder;

    @Test
    void signingInRotatesTheSessionAndSigningOutEndsIt() {
        SignedInClient planted = app.as("S-1");
        SignedInClient anonymous = app.anonymous();
        HttpResponse<String> form = anonymous.get("/signin?next=/projects/team");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"password\"").contains("type=\"password\"")
                .contains("value=\"/projects/team\"");

        HttpResponse<String> signedIn = planted.postForm("/signin", "id", "S-1",
                "password", SignedInClient.PASSWORD, "next", "/projects/team");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/projects/team");
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(Sessions.COOKIE + "=").contains("; Path=/").contains("; HttpOnly")
                .contains("; SameSite=Lax").doesNotContain("Secure");
        SignedInClient s1 = anonymous.withCookieFrom(signedIn);
        assertThat(s1.cookie()).isNotEqualTo(planted.cookie()).hasSize(43);
        assertThat(planted.get("/projects").statusCode()).as("the id the browser sent before sign-in was ended")
                .isEqualTo(303);
        assertThat(s1.get("/projects/team").statusCode()).isEqualTo(200);

        SignedInClient withToken = s1.withCsrfFromPage("/projects/team");
        HttpResponse<String> out = withToken.postForm("/signout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(withToken.get("/projects/team").statusCode()).isEqualTo(303);
        assertThat(withToken.get("/projects/team").headers().firstValue("Location").orElseThrow())
                .isEqualTo("/signin?next=%2Fprojects%2Fteam&ended=yes");
    }

    @Test
    void aWrongPasswordAndAnUnknownIdGetTheSameAnswer() {
        app.as("S-2");
        HttpResponse<String> wrong = app.anonymous().opening("/signin").postForm("/signin", "id", "S-2", "password", "not the password");
        HttpResponse<String> unknown = app.anonymous().opening("/signin").postForm("/signin", "id", "nobody-9", "password", "whatever it is");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("The id or the password is not right.").doesNotContain("not the password");
        assertThat(unknown.body()).contains("The id or the password is not right.");
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        app.as("C-1");
        for (int i = 0; i < 5; i++) {
            assertThat(app.anonymous().opening("/signin").postForm("/signin", "id", "C-1", "password", "guess number " + i)
                    .statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = app.anonymous().opening("/signin").postForm("/signin", "id", "C-1", "password",
                SignedInClient.PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("too many failed sign-ins").contains("Try again in 15 minutes");
        assertThat(locked.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(app.as("S-3").get("/projects").statusCode()).as("another account is not locked").isEqualTo(200);
    }

    @Test
    void aLeadInvitesAPartnerWhoSetsAPasswordOnceAndIsSignedIn() throws IOException {
        List<String> logged = capturingLogs();
        HttpResponse<String> form = app.get("/projects/team/invitations");
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> made = app.postForm("/projects/team/invitations", "invitee", "P-7", "role", "partner");
        assertThat(made.statusCode()).isEqualTo(201);
        Matcher link = LINK.matcher(made.body());
        assertThat(link.find()).isTrue();
        String path = link.group();
        assertThat(Files.readString(app.data().resolve("accounts.json"))).as("only the link's digest is kept")
                .doesNotContain(link.group(1));

        assertThat(app.anonymous().get(path).body()).contains("P-7").contains("Choose a password");
        SignedInClient browser = app.anonymous().opening(path);
        assertThat(app.anonymous().postForm(path, "password", "a long enough password").statusCode())
                .as("without the page's token").isEqualTo(403);
        assertThat(browser.withCsrf("x".repeat(43)).postForm(path, "password", "a long enough password").statusCode())
                .as("with a token that is not the cookie's").isEqualTo(403);
        HttpResponse<String> tooShort = browser.postForm(path, "password", "short");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        HttpResponse<String> accepted = browser.postForm(path, "password", "a long enough password",
                "displayName", NAME);
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.headers().firstValue("Location")).hasValue("/projects/team");
        SignedInClient partner = app.anonymous().withCookieFrom(accepted);
        assertThat(partner.get("/projects/team").body()).contains("Signed in as " + NAME);

        assertThat(browser.postForm(path, "password", "another long password").statusCode())
                .as("a link works once").isEqualTo(410);
        assertThat(app.anonymous().get("/invitations/" + "x".repeat(43)).statusCode()).isEqualTo(410);
        assertThat(app.webApp().accounts().find(Actor.of("P-7")).orElseThrow().toString()).doesNotContain(NAME);
        assertThat(logged).noneMatch(line -> line.contains(NAME));
    }

    @Test
    void aPersonalApiTokenIsShownOnceWorksAndCanBeRevoked() {
        SignedInClient lead = app.as("lead-2", uk.nhs.coproduction.alwaysevents.access.ProjectRole.QI_LEAD)
                .withBearer(null);
        HttpResponse<String> made = lead.postForm("/account/tokens", "label", "report script");
        assertThat(made.statusCode()).isEqualTo(201);
        Matcher token = TOKEN.matcher(made.body());
        assertThat(token.find()).isTrue();
        SignedInClient script = app.anonymous().withBearer(token.group(1));
        assertThat(script.get("/api/projects/team").statusCode()).isEqualTo(200);
        assertThat(lead.get("/account").body()).contains("report script").doesNotContain(token.group(1));
        String id = app.webApp().accounts().tokensOf(Actor.of("lead-2")).get(0).id();
        assertThat(lead.postForm("/account/tokens/" + id + "/revoke").statusCode()).isEqualTo(303);
        HttpResponse<String> revoked = script.get("/api/projects/team");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(app.anonymous().get("/api/projects").headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"coproduction\"");
    }

    @Test
    void onlyMembersSeePartnersIds() {
        String lead = app.get("/projects/team").body();
        String viewer = app.as("V-1", uk.nhs.coproduction.alwaysevents.access.ProjectRole.VIEWER)
                .get("/projects/team").body();
        assertThat(lead).contains("P-1").contains("C-1");
        assertThat(viewer).doesNotContain("P-1").doesNotContain("C-1").contains("a partner");
    }

    @Test
    void thePartnersPageIsMadeFromTheAccessPolicy() {
        HttpResponse<String> page = app.anonymous().get("/what-you-can-do");
        assertThat(page.statusCode()).isEqualTo(200);
        for (RoleDefinition role : AccessPolicy.bundled().roles()) {
            assertThat(page.body()).contains(role.description().replace("'", "&#39;").substring(0, 20));
        }
        assertThat(page.body()).contains(AccessPolicy.bundled().version()).contains("Institute for Healthcare Improvement");
    }

    @Test
    void theFirstRunMakesOneQiLeadThroughTheSetUpLink() throws IOException {
        WebApp fresh = WebApp.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                DataDirectory.at(folder.resolve("data")), RunningApp::catalogue);
        try {
            String link = fresh.setUpLink().orElseThrow().toString();
            String path = link.substring(link.indexOf("/setup"));
            SignedInClient anonymous = SignedInClient.anonymous(fresh.address());
            assertThat(anonymous.get("/setup?token=wrong").statusCode()).isEqualTo(404);
            assertThat(anonymous.get(path).statusCode()).isEqualTo(200);
            String token = path.substring(path.indexOf('=') + 1);
            assertThat(anonymous.postForm("/setup", "token", token, "id", "qi-lead-1", "password",
                    "the first password").statusCode()).as("a set-up form without the page's token").isEqualTo(403);
            assertThat(fresh.setUpLink()).as("and the link still works").isPresent();
            HttpResponse<String> made = anonymous.opening(path).postForm("/setup", "token", token, "id", "qi-lead-1",
                    "password", "the first password", "displayName", NAME);
            assertThat(made.statusCode()).isEqualTo(303);
            assertThat(fresh.setUpLink()).isEmpty();
            assertThat(anonymous.get(path).statusCode()).as("the link works once").isEqualTo(404);
            SignedInClient lead = SignedInClient.signInWith(fresh.address(), "qi-lead-1", "the first password");
            assertThat(lead.get("/projects").statusCode()).isEqualTo(200);
        } finally {
            fresh.stop();
        }
    }

    private static List<String> capturingLogs() {
        List<String> lines = new ArrayList<>();
        Logger.getLogger("uk.nhs.coproduction.app.web").addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return lines;
    }
}
