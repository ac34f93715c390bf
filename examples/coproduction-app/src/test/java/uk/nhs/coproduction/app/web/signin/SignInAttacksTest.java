package uk.nhs.coproduction.app.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.SignedInClient;
import uk.nhs.coproduction.app.web.accounts.Account;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;

/**
 * The corpus of attempts to record what the sender may not, or as someone they are not: forged
 * actors, missing, wrong and replayed CSRF tokens, tampered and ended sessions, cross-site posts,
 * missing, wrong and revoked API tokens, a viewer giving commands, a partner signing off for
 * another, a lead of one project acting on another. Each is refused with its status, and neither
 * project's log gains an event.
 */
class SignInAttacksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.withImpactEntry(projects, "guarded");
        ProjectFixtures.withImpactEntry(projects, "other");
    });

    private static final Map<String, SignedInClient> PEOPLE = new ConcurrentHashMap<>();

    /** A viewer everywhere. */
    static SignedInClient viewer() {
        return PEOPLE.computeIfAbsent("V-9", id -> app.as(id, ProjectRole.VIEWER));
    }

    /** A partner with lived experience in both projects' co-design teams (P-1, a patient). */
    static SignedInClient partner() {
        return PEOPLE.computeIfAbsent("P-1", id -> app.as(id));
    }

    /** Another partner with lived experience (C-1, a carer). */
    static SignedInClient carer() {
        return PEOPLE.computeIfAbsent("C-1", id -> app.as(id));
    }

    /** A member of staff in the co-design team (S-1). */
    static SignedInClient staff() {
        return PEOPLE.computeIfAbsent("S-1", id -> app.as(id));
    }

    /** The QI lead of the project "other" only. */
    static SignedInClient otherLead() {
        return PEOPLE.computeIfAbsent("L-9", id -> {
            SignedInClient client = app.as(id);
            Account account = app.webApp().accounts().find(Actor.of(id)).orElseThrow();
            app.webApp().accounts().update(account.withProjectRole(ProjectId.of("other"), ProjectRole.QI_LEAD));
            return client;
        });
    }

    /** Someone signed in, then signed out: their cookie and CSRF token, replayed. */
    static SignedInClient signedOut() {
        return PEOPLE.computeIfAbsent("S-2", id -> {
            SignedInClient client = app.as(id);
            assertThat(client.postForm("/signout").statusCode()).isEqualTo(303);
            return client;
        });
    }

    static long version(String project) {
        return JSON.readTree(app.get("/api/projects/" + project).body()).get("version").asLong();
    }

    static String v() {
        return Long.toString(version("guarded"));
    }

    static String json(String fields) {
        return "{\"expectedVersion\": " + v() + (fields.isEmpty() ? "" : ", " + fields) + "}";
    }

    static HttpResponse<String> measurement(SignedInClient who) {
        return who.postForm("/projects/guarded/measurements", "version", v(), "period", "2024-09", "numerator", "1",
                "denominator", "2");
    }

    static HttpResponse<String> signOff(SignedInClient who, String partner) {
        return who.postForm("/projects/guarded/commands/sign-off-impact", "version", v(), "entry", "1",
                "partner", partner);
    }

    static HttpResponse<String> score(SignedInClient who) {
        return who.postForm("/projects/guarded/commands/set-progress-score", "version", v(), "score", "3.0",
                "rationale", "Going well");
    }

    static HttpResponse<String> apiCommand(SignedInClient who, String command, String fields) {
        return who.postJson("/api/projects/guarded/commands/" + command, json(fields));
    }

    static HttpResponse<String> withHeaders(SignedInClient who, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return who.send(request.build());
    }

    static String flipped(String value) {
        char last = value.charAt(value.length() - 1);
        return value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    static Arguments attempt(String name, int status, Function<Void, HttpResponse<String>> attempt) {
        return Arguments.of(name, status, attempt);
    }

    static Stream<Arguments> attempts() {
        String measurementForm = "/projects/guarded/measurements";
        return Stream.of(
                // Not signed in, or no longer
                attempt("anonymous form post", 303, x -> measurement(app.anonymous())),
                attempt("anonymous sign-off", 303, x -> signOff(app.anonymous(), "P-1")),
                attempt("tampered session cookie", 303, x -> measurement(app.client().withCookie(
                        flipped(app.client().cookie())))),
                attempt("made-up session cookie", 303, x -> measurement(app.client().withCookie("not-a-session"))),
                attempt("cookie and token replayed after sign-out", 303, x -> measurement(signedOut())),
                attempt("anonymous start of a project", 303, x -> app.anonymous().postForm("/projects", "id",
                        "anonymous-start", "title", "T", "organisation", "O", "areaOfFocus", "A")),
                // CSRF
                attempt("CSRF token missing", 403, x -> measurement(app.client().withCsrf(null))),
                attempt("CSRF token wrong", 403, x -> measurement(app.client().withCsrf(flipped(app.client().csrf())))),
                attempt("CSRF token of another session", 403, x -> measurement(app.client().withCsrf(partner().csrf()))),
                attempt("CSRF token sent twice, one wrong", 403, x -> withHeaders(app.client().withCsrf(null),
                        measurementForm, SignedInClient.form("version", v(), "period", "2024-09", "numerator", "1",
                                "denominator", "2", "csrf", app.client().csrf(), "csrf", "forged"))),
                attempt("CSRF token empty", 403, x -> measurement(app.client().withCsrf(""))),
                attempt("JSON body to a page with no CSRF token", 403, x -> app.client().withCsrf(null)
                        .post(measurementForm, "application/json", "{}")),
                attempt("sign-off with another session's CSRF token", 403, x -> signOff(partner().withCsrf(
                        app.client().csrf()), "P-1")),
                attempt("cross-site form (Origin)", 403, x -> withHeaders(app.client(), measurementForm,
                        SignedInClient.form("version", v(), "period", "2024-09", "numerator", "1", "denominator", "2"),
                        "Origin", "https://evil.example")),
                attempt("cross-site form (Sec-Fetch-Site)", 403, x -> withHeaders(app.client(), measurementForm,
                        SignedInClient.form("version", v(), "period", "2024-09", "numerator", "1", "denominator", "2"),
                        "Sec-Fetch-Site", "cross-site")),
                // Signed in, without the role
                attempt("sign-in form without the page's token (login CSRF)", 403, x -> app.anonymous().postForm(
                        "/signin", "id", "S-1", "password", SignedInClient.PASSWORD)),
                attempt("sign-in form whose token is not its cookie's", 403, x -> app.anonymous().opening("/signin")
                        .withCsrf("x".repeat(43)).postForm("/signin", "id", "S-1", "password", SignedInClient.PASSWORD)),
                attempt("sign-in form with another browser's token", 403, x -> app.anonymous().opening("/signin")
                        .withCsrf(app.anonymous().opening("/signin").csrf()).postForm("/signin", "id", "S-1",
                                "password", SignedInClient.PASSWORD)),
                attempt("viewer records a measurement", 403, x -> measurement(viewer())),
                attempt("viewer sets the progress score", 403, x -> score(viewer())),
                attempt("viewer takes a step", 403, x -> viewer().postForm("/projects/guarded/transitions/reliably-implement",
                        "version", v())),
                attempt("viewer starts a project", 403, x -> viewer().postForm("/projects", "id", "viewer-start",
                        "title", "T", "organisation", "O", "areaOfFocus", "A")),
                attempt("viewer loads the demonstration", 403, x -> viewer().postForm("/projects/load-demonstration")),
                attempt("viewer makes an invitation", 403, x -> viewer().postForm("/projects/guarded/invitations",
                        "invitee", "P-8", "role", "partner")),
                attempt("partner sets the progress score", 403, x -> score(partner())),
                attempt("partner makes an invitation", 403, x -> partner().postForm("/projects/guarded/invitations",
                        "invitee", "P-8", "role", "qi-lead")),
                // Sign-off for someone else
                attempt("partner signs off for another partner", 403, x -> signOff(partner(), "C-1")),
                attempt("another partner signs off for P-1", 403, x -> signOff(carer(), "P-1")),
                attempt("QI lead signs off for a partner", 403, x -> signOff(app.client(), "P-1")),
                attempt("staff member signs off for a partner", 403, x -> signOff(staff(), "P-1")),
                attempt("viewer signs off for a partner", 403, x -> signOff(viewer(), "P-1")),
                // Another project's id
                attempt("lead of another project records here", 403, x -> measurement(otherLead())),
                attempt("lead of another project sets the score here", 403, x -> score(otherLead())),
                attempt("lead of another project invites here", 403, x -> otherLead().postForm(
                        "/projects/guarded/invitations", "invitee", "P-8", "role", "qi-lead")),
                attempt("lead of another project erases here", 403, x -> otherLead().postJson(
                        "/api/projects/guarded/erasures", "{\"targets\": [{\"partner\": \"P-1\"}], \"reason\": "
                                + "\"person-asked\"}")),
                // The JSON API
                attempt("API call without a token", 401, x -> apiCommand(app.client().withBearer(null),
                        "set-progress-score", "\"score\": 3.0, \"rationale\": \"x\"")),
                attempt("API call with a wrong token", 401, x -> apiCommand(app.client().withBearer(
                        flipped(app.client().bearer())), "set-progress-score", "\"score\": 3.0, \"rationale\": \"x\"")),
                attempt("API call with the session cookie only", 401, x -> app.client().withBearer(null).send(
                        HttpRequest.newBuilder(app.uri("/api/projects/guarded/measurements"))
                                .header("Content-Type", "application/json")
                                .header("Cookie", Sessions.COOKIE + "=" + app.client().cookie())
                                .POST(HttpRequest.BodyPublishers.ofString(json("\"period\": \"2024-09\", "
                                        + "\"numerator\": 1, \"denominator\": 2"))).build())),
                attempt("API call with Basic credentials", 401, x -> app.client().withBearer(null).send(
                        HttpRequest.newBuilder(app.uri("/api/projects/guarded/commands/set-progress-score"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Basic dGVzdC1sZWFkOmNvcnJlY3Q=")
                                .POST(HttpRequest.BodyPublishers.ofString(json("\"score\": 3.0, \"rationale\": "
                                        + "\"x\""))).build())),
                attempt("API call with a revoked token", 401, x -> {
                    var made = app.webApp().accounts().createToken(Actor.of(RunningApp.TEST_ACCOUNT), "revoked");
                    app.webApp().accounts().revoke(Actor.of(RunningApp.TEST_ACCOUNT), made.token().id());
                    return apiCommand(app.client().withBearer(made.secret()), "set-progress-score",
                            "\"score\": 3.0, \"rationale\": \"x\"");
                }),
                attempt("API body names a forged actor", 422, x -> app.postJson("/api/projects/guarded/measurements",
                        json("\"period\": \"2024-09\", \"numerator\": 1, \"denominator\": 2, \"actor\": \"P-1\""))),
                attempt("API sign-off as the partner by forged actor", 422, x -> apiCommand(app.client(),
                        "sign-off-impact", "\"entry\": 1, \"partner\": \"P-1\", \"actor\": \"P-1\"")),
                attempt("API viewer records a measurement", 403, x -> viewer().postJson(
                        "/api/projects/guarded/measurements", json("\"period\": \"2024-09\", \"numerator\": 1, "
                                + "\"denominator\": 2"))),
                attempt("API viewer erases a partner's words", 403, x -> viewer().postJson(
                        "/api/projects/guarded/erasures", "{\"targets\": [{\"partner\": \"P-1\"}], \"reason\": "
                                + "\"person-asked\"}")),
                attempt("API partner sets the progress score", 403, x -> apiCommand(partner(), "set-progress-score",
                        "\"score\": 3.0, \"rationale\": \"x\"")),
                attempt("API partner signs off for another", 403, x -> apiCommand(partner(), "sign-off-impact",
                        "\"entry\": 1, \"partner\": \"C-1\"")),
                attempt("API lead of another project takes a step here", 403, x -> otherLead().postJson(
                        "/api/projects/guarded/transitions/reliably-implement", json(""))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("attempts")
    void isRefusedAndNothingIsRecorded(String name, int status, Function<Void, HttpResponse<String>> attempt) {
        long guarded = version("guarded");
        long other = version("other");
        HttpResponse<String> response = attempt.apply(null);
        assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(status);
        if (status == 303) {
            assertThat(response.headers().firstValue("Location")).as(name).hasValueSatisfying(
                    location -> assertThat(location).startsWith("/signin?next="));
        }
        if (status == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(name).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
        }
        assertThat(response.headers().allValues("Set-Cookie")).as(name + ": no session given")
                .noneMatch(c -> c.startsWith(Sessions.COOKIE + "=") && !c.contains("Max-Age=0"));
        assertThat(version("guarded")).as(name + ": nothing recorded on the project").isEqualTo(guarded);
        assertThat(version("other")).as(name + ": nothing recorded on the other project").isEqualTo(other);
        assertThat(app.get("/api/projects").body()).as(name + ": no project started")
                .doesNotContain("anonymous-start").doesNotContain("viewer-start").doesNotContain("humber-contact");
    }
}
