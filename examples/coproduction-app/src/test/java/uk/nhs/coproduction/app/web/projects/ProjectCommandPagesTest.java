package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * The command forms on a project's page over HTTP: which forms each phase offers, a form that is
 * recorded (303 and what was recorded said on the page), one that is wrong (422, each error next
 * to its field, the form open with what was sent, nothing saved), one the library's own check or
 * the project refuses (422 with the reason where it belongs), a stale one (409), and addresses that
 * are not forms.
 */
class ProjectCommandPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DETAILS = Pattern.compile("<details class=\"details\" id=\"([a-z-]+)\"");

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.started(projects, "in-set-up");
        ProjectFixtures.started(projects, "appoint-here");
        ProjectFixtures.started(projects, "join-wrongly");
        ProjectFixtures.readyToUnderstand(projects, "join-again");
        ProjectFixtures.readyToUnderstand(projects, "stale-form");
        ProjectFixtures.inCoDesignWithAim(projects, "co-designing", 2);
        ProjectFixtures.inTesting(projects, "testing", 2);
        ProjectFixtures.paused(projects, "paused");
    });

    private static String page(String path) {
        HttpResponse<String> response = app.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static long version(String id) {
        return JSON.readTree(app.get("/api/projects/" + id).body()).get("version").asLong();
    }

    /** The ids of the forms in the section of the page that starts at {@code heading} and ends at the next h2. */
    private static List<String> forms(String html, String heading) {
        int start = html.indexOf("<h2 id=\"" + heading + "\">");
        if (start < 0) {
            return List.of();
        }
        int end = html.indexOf("<h2 ", start + 1);
        Matcher found = DETAILS.matcher(html.substring(start, end));
        List<String> ids = new ArrayList<>();
        while (found.find()) {
            ids.add(found.group(1));
        }
        return ids;
    }

    @Test
    void setUpOffersTheSponsorAndTeamFormsAndNothingOfLaterPhases() {
        String html = page("/projects/in-set-up");
        assertThat(forms(html, "record")).containsExactly("appoint-executive-sponsor", "join-co-design-team",
                "join-oversight-group");
        assertThat(forms(html, "more-records")).containsExactly("set-progress-score", "record-impact", "pause-project",
                "close-project", "record-what-matters", "define-measure");
        assertThat(html).containsPattern("<h3 id=\"any-time\">At any time</h3>\\s*<details class=\"details\" "
                + "id=\"set-progress-score\"").containsPattern("<h3 id=\"other-phases\">From other phases</h3>");
        assertThat(html).doesNotContain("id=\"state-vision\"").doesNotContain("id=\"plan-pdsa-cycle\"")
                .contains("Partners are recorded by\n      pseudonymous ids and their roles only")
                .contains("action=\"/projects/in-set-up/commands/appoint-executive-sponsor\"")
                .contains("<label class=\"label\" for=\"appoint-executive-sponsor-sponsor\">Executive sponsor's id</label>")
                .contains("never a name, NHS number or contact details")
                .contains("<legend class=\"fieldset__legend\">Roles</legend>")
                .containsPattern("id=\"join-co-design-team-roles\" name=\"roles\"\\s+type=\"checkbox\" value=\"PATIENT\"");
        assertThat(html.split("<details ", -1)).as("no form is open").allMatch(part -> !part.contains("tabindex=\"-1\" open"));
    }

    @Test
    void eachPhaseOffersItsOwnWorkWithChoicesFromTheProject() {
        String coDesign = page("/projects/co-designing");
        assertThat(forms(coDesign, "record")).containsExactly("state-vision", "state-aim", "assess-criterion",
                "add-primary-driver", "define-measure");
        assertThat(forms(coDesign, "more-records")).contains("leave-co-design-team", "correct-measurement",
                "record-what-matters").doesNotContain("add-secondary-driver", "plan-pdsa-cycle");
        assertThat(coDesign).containsPattern("id=\"leave-co-design-team-partner-3\" name=\"partner\"\\s+type=\"radio\" "
                + "value=\"S-1\">\\s+<label class=\"radios__label\" for=\"leave-co-design-team-partner-3\">S-1 \\(front-line "
                + "staff\\)</label>");

        String testing = page("/projects/testing");
        assertThat(forms(testing, "record")).containsExactly("add-change-idea", "plan-pdsa-cycle", "define-measure");
        assertThat(testing).contains("C1: Check the phone at every handover")
                .contains("Primary driver P1: A phone is always at hand").contains("Change idea C1: Check the phone");
    }

    @Test
    void aPausedProjectOffersOnlyResumingAndClosing() {
        String html = page("/projects/paused");
        assertThat(forms(html, "record")).isEmpty();
        assertThat(forms(html, "more-records")).containsExactly("resume-project", "close-project");
        assertThat(html).contains("The project is not active (Paused: Ward closed for refurbishment)");

        HttpResponse<String> refused = app.postForm("/projects/paused/commands/set-progress-score", "version", "2",
                "score", "1.0", "rationale", "Sponsor appointed.");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<a href=\"#set-progress-score\">“Set the progress score” was not recorded: ")
                .containsPattern("<details class=\"details\" id=\"set-progress-score\" tabindex=\"-1\" open>");

        HttpResponse<String> resumed = app.postForm("/projects/paused/commands/resume-project", "version", "2");
        assertThat(resumed.statusCode()).isEqualTo(303);
        assertThat(page(resumed.headers().firstValue("Location").orElseThrow()))
                .contains("Recorded as version 3: resumed.").contains("<dd class=\"summary-list__value\">Active</dd>");
    }

    @Test
    void aFormThatIsRecordedReturnsToThePageSayingWhatWasRecorded() {
        HttpResponse<String> sent = app.postForm("/projects/appoint-here/commands/appoint-executive-sponsor",
                "version", "1", "sponsor", "E-9", "appointedOn", "2024-01-10");
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/projects/appoint-here?done=2");
        String html = page("/projects/appoint-here?done=2");
        assertThat(html).contains("<div class=\"notice\" role=\"status\"><p class=\"notice__text\">Recorded as version 2: "
                + "executive sponsor E-9 appointed.</p></div>").contains("E-9, appointed 10 January 2024")
                .contains("name=\"version\" value=\"2\"");
        assertThat(page("/projects/appoint-here?done=1")).as("only the latest change is announced")
                .doesNotContain("class=\"notice\"");
    }

    @Test
    void aWrongFormIsShownOpenWithEachErrorByItsFieldAndNothingSaved() {
        HttpResponse<String> sent = app.postForm("/projects/join-wrongly/commands/join-co-design-team", "version", "1",
                "partner", "Jane <b>Smith</b>", "joinedOn", "last week");
        assertThat(sent.statusCode()).isEqualTo(422);
        String html = sent.body();
        assertThat(html).contains("<title>Error: Calls home from join-wrongly")
                .contains("<a href=\"#join-co-design-team-partner\">Member's id: a partner id must be")
                .contains("<a href=\"#join-co-design-team-roles\">Choose at least one role</a>")
                .contains("<a href=\"#join-co-design-team-joinedOn\">Joined on: enter the date as year-month-day")
                .containsPattern("<div class=\"error-message\" id=\"join-co-design-team-roles-error\">")
                .containsPattern("<fieldset class=\"fieldset\" aria-describedby=\"join-co-design-team-roles-hint "
                        + "join-co-design-team-roles-error\">")
                .contains("aria-describedby=\"join-co-design-team-partner-hint join-co-design-team-partner-error\"")
                .containsPattern("<details class=\"details\" id=\"join-co-design-team\" tabindex=\"-1\" open>")
                .contains("value=\"Jane &lt;b>Smith&lt;/b>\"").doesNotContain("<b>Smith</b>")
                .contains("value=\"last week\"");
        assertThat(html.substring(html.indexOf("error-summary"), html.indexOf("</ul>", html.indexOf("error-summary"))))
                .as("the summary never repeats what was typed").doesNotContain("Jane");
        assertThat(version("join-wrongly")).as("nothing saved").isEqualTo(1);
    }

    @Test
    void theLibrarysOwnCheckIsShownNextToTheField() {
        long before = version("co-designing");
        HttpResponse<String> sent = app.postForm("/projects/co-designing/commands/state-vision", "version",
                Long.toString(before), "text", "We hope to call home when we can");
        assertThat(sent.statusCode()).isEqualTo(422);
        assertThat(sent.body()).containsPattern("<div class=\"error-message\" id=\"state-vision-text-error\">\\s*"
                + "<p class=\"error-message__line\"><span class=\"visually-hidden\">Error:</span> Vision statement: must "
                + "say what will always happen, in people's own words")
                .contains(">We hope to call home when we can</textarea>");
        assertThat(version("co-designing")).isEqualTo(before);
    }

    @Test
    void aRefusalIsShownWithItsReasonWhereItBelongs() {
        long before = version("join-again");
        HttpResponse<String> again = app.postForm("/projects/join-again/commands/join-co-design-team", "version",
                Long.toString(before), "partner", "P-1", "roles", "PATIENT");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("<a href=\"#join-co-design-team-partner\">P-1 is already in the co-design "
                + "team.</a>").containsPattern("value=\"PATIENT\" checked>");

        HttpResponse<String> team = app.postForm("/projects/join-again/commands/record-what-matters", "version",
                Long.toString(before), "source", "PARTNERS", "summary", "Calls in the evening", "peopleHeard", "0");
        assertThat(team.statusCode()).isEqualTo(422);
        assertThat(team.body()).contains("<a href=\"#record-what-matters-voicedBy\">What the co-design team said needs "
                + "the ids of the members who said it.</a>");

        HttpResponse<String> early = app.postForm("/projects/join-again/commands/state-vision", "version",
                Long.toString(before), "text", "I will always be able to call home");
        assertThat(early.statusCode()).as("a form of a later phase, sent anyway").isEqualTo(422);
        assertThat(early.body()).contains("<a href=\"#state-vision\">“State the vision” was not recorded: The vision "
                + "statement is agreed in co-design").containsPattern("id=\"state-vision\" tabindex=\"-1\" open>");
        assertThat(version("join-again")).isEqualTo(before);
    }

    @Test
    void aFormForAnEarlierVersionIsAConflictAndNothingIsSaved() {
        long before = version("stale-form");
        assertThat(app.postForm("/projects/stale-form/commands/set-progress-score", "version", Long.toString(before),
                "score", "1.0", "rationale", "Team formed.").statusCode()).isEqualTo(303);
        HttpResponse<String> stale = app.postForm("/projects/stale-form/commands/join-oversight-group", "version",
                Long.toString(before), "partner", "O-1", "roles", "EXPERIENCE_OF_CARE_STAFF");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("<a href=\"#join-oversight-group\">This project changed while you were working on "
                + "it: you saw version " + before + ", and it is now at version " + (before + 1) + ". Nothing was "
                + "recorded.").contains("value=\"O-1\"");
        assertThat(version("stale-form")).isEqualTo(before + 1);
    }

    @Test
    void addressesThatAreNotFormsAreRefused() {
        assertThat(app.postForm("/projects/in-set-up/commands/no-such-form", "version", "1").statusCode()).isEqualTo(404);
        assertThat(app.postForm("/projects/in-set-up/commands/take-transition", "version", "1", "transitionId",
                "understand-what-matters").statusCode()).as("steps have their own buttons").isEqualTo(404);
        assertThat(app.postForm("/projects/no-such-project/commands/pause-project", "version", "1", "reason", "x")
                .statusCode()).isEqualTo(404);
        HttpResponse<String> noVersion = app.postForm("/projects/in-set-up/commands/pause-project", "reason", "x");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("reload it and try again");
        assertThat(version("in-set-up")).isEqualTo(1);
    }
}
