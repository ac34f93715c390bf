package uk.nhs.coproduction.app.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.SignedInClient;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;

/** Sessions and invitation links expire on the app's clock; a form sent after that records nothing. */
class SessionTimeoutTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> ProjectFixtures.withImpactEntry(projects, "timed"));

    @Test
    void anIdleSessionEndsAndAStaleFormIsSentToSignInWithNothingRecorded() {
        SignedInClient lead = app.as("lead-3", uk.nhs.coproduction.alwaysevents.access.ProjectRole.QI_LEAD);
        long version = JSON.readTree(app.get("/api/projects/timed").body()).get("version").asLong();
        app.clock().advance(Duration.ofMinutes(20));
        assertThat(lead.get("/projects/timed").statusCode()).as("used within 30 minutes").isEqualTo(200);
        app.clock().advance(Duration.ofMinutes(31));
        HttpResponse<String> stale = lead.postForm("/projects/timed/measurements", "version", Long.toString(version),
                "period", "2024-09", "numerator", "1", "denominator", "2");
        assertThat(stale.statusCode()).isEqualTo(303);
        assertThat(stale.headers().firstValue("Location")).hasValue("/signin?next=%2Fprojects%2Ftimed&ended=yes");
        assertThat(app.anonymous().get("/signin?next=%2Fprojects%2Ftimed&ended=yes").body())
                .contains("Your session has ended, so nothing was recorded.");
        assertThat(JSON.readTree(app.get("/api/projects/timed").body()).get("version").asLong()).isEqualTo(version);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverBusy() {
        SignedInClient busy = app.as("lead-4", uk.nhs.coproduction.alwaysevents.access.ProjectRole.QI_LEAD);
        for (int i = 0; i < 36; i++) {
            app.clock().advance(Duration.ofMinutes(20));
            if (busy.get("/account").statusCode() != 200) {
                assertThat(i * 20 + 20).as("ended at 12 hours").isEqualTo(12 * 60);
                return;
            }
        }
        throw new AssertionError("the session outlived its absolute lifetime");
    }

    @Test
    void anInvitationLinkExpiresAfterSevenDays() {
        SignedInClient lead = app.as("lead-5", uk.nhs.coproduction.alwaysevents.access.ProjectRole.QI_LEAD);
        HttpResponse<String> made = lead.postForm("/projects/timed/invitations", "invitee", "P-5", "role", "partner");
        Matcher link = Pattern.compile("/invitations/[A-Za-z0-9_-]{43}").matcher(made.body());
        assertThat(link.find()).as(made.body()).isTrue();
        SignedInClient browser = app.anonymous().opening(link.group());
        app.clock().advance(Duration.ofDays(7).plusMinutes(1));
        HttpResponse<String> late = browser.postForm(link.group(), "password", "a long enough password");
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("expired");
        assertThat(app.webApp().accounts().find(uk.nhs.coproduction.alwaysevents.project.Actor.of("P-5"))).isEmpty();
    }
}
