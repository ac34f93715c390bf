package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * The project pages over HTTP: what they show, how a form is refused with the error by its field
 * and nothing saved, conflicts and refusals in words, and that what people typed is escaped.
 */
class ProjectPagesTest {

    private static final Pattern ROWS = Pattern.compile("<tr>\\s*<th scope=\"row\">");

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.started(projects, "set-up-only");
        ProjectFixtures.readyToUnderstand(projects, "ready");
        ProjectFixtures.inCoDesignWithAim(projects, "charted", 4);
        ProjectFixtures.inCoDesignWithAim(projects, "record-here", 4);
        ProjectFixtures.inCoDesignWithAim(projects, "record-bad", 4);
        ProjectFixtures.inCoDesignWithAim(projects, "record-stale", 4);
        ProjectFixtures.paused(projects, "paused");
    });

    @RegisterExtension
    static final RunningApp empty = new RunningApp();

    private static String page(String path) {
        HttpResponse<String> response = app.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static int chartRows(String html) {
        int start = html.indexOf("the data behind the chart");
        assertThat(start).as("the chart's table").isPositive();
        String table = html.substring(start, html.indexOf("</table>", start));
        Matcher rows = ROWS.matcher(table);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theEmptyListSaysHowToStart() {
        HttpResponse<String> list = empty.get("/projects");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("There are no projects in this app's data folder yet")
                .contains("action=\"/projects/load-demonstration\"").contains("Load the demonstration project")
                .contains("<h2 id=\"start\">Start a project</h2>").contains("<label class=\"label\" for=\"id\">")
                .contains("aria-current=\"page\"").contains("Institute for Healthcare Improvement");
        assertThat(empty.savedFiles()).as("showing the list saves nothing").isEmpty();
    }

    @Test
    void theListShowsEachProjectWithItsPhaseAndStatus() {
        String list = page("/projects");
        assertThat(list).contains("<a href=\"/projects/charted\">Calls home from charted</a>")
                .containsPattern("Calls home from paused</a>.*?</th>\\s*<td>Test NHS Trust</td>\\s*<td>Set-up and "
                        + "oversight</td>\\s*<td>Paused</td>\\s*<td>Not set yet</td>")
                .contains("<td>Co-design</td>");
    }

    @Test
    void aProjectPageHasTheStepperTheBlockersTheTeamAndTheForm() {
        String html = page("/projects/set-up-only");
        assertThat(html).contains("<h1>Calls home from set-up-only</h1>")
                .contains("<ol class=\"stepper\"")
                .containsPattern("<li class=\"stepper__step stepper__step--current\" aria-current=\"step\">\\s*"
                        + "<span class=\"stepper__name\">Set-up and oversight</span>\\s*"
                        + "<span class=\"stepper__standing\">Current phase</span>")
                .containsPattern("<span class=\"stepper__name\">Sustain</span>\\s*"
                        + "<span class=\"stepper__standing\">Not started</span>");
        assertThat(html.split("aria-current=\"step\"", -1)).as("exactly one current step").hasSize(2);
        assertThat(html).contains("<strong class=\"tag tag--warning\">Blocked</strong>")
                .contains("No executive sponsor has been appointed.")
                .contains("Looked at: Executive sponsor: none.").contains("<code>NO_EXECUTIVE_SPONSOR</code>")
                .contains("Looked at: Team size: 0; Lived experience members: 0.")
                .doesNotContain("Take this step");
        assertThat(html).contains("<label class=\"label\" for=\"period\">Period</label>")
                .contains("name=\"version\" value=\"1\"")
                .contains("No measurements yet.").contains("Not appointed yet");
    }

    @Test
    void aProjectWithAnAimShowsTheRunChartWithItsTable() {
        String html = page("/projects/charted");
        assertThat(html).contains("<figure class=\"chart\">").contains("<svg").contains("class=\"target\"")
                .contains("the data behind the chart").contains("Aim of 90% met?");
        assertThat(chartRows(html)).isEqualTo(4);
        assertThat(html).contains("P-1").contains("patient").contains("2 of 4 co-design team members (50%) have lived "
                + "experience").contains("“I will always be able to call home when I want to.”")
                .contains("<li>Conversations with people who use the service: 9 people heard, gathered ");
        assertThat(html).containsPattern("Completed</span>\\s*</li>\\s*<li class=\"stepper__step "
                + "stepper__step--current\" aria-current=\"step\">\\s*<span class=\"stepper__name\">Co-design");
    }

    @Test
    void recordingAMeasurementRedirectsToThePageWithOneMoreRow() {
        String before = page("/projects/record-here");
        HttpResponse<String> sent = app.postForm("/projects/record-here/measurements", "version", "15",
                "period", "2024-05", "numerator", "19", "denominator", "20");
        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/projects/record-here?recorded=2024-05#measurements");
        String after = page(location.substring(0, location.indexOf('#')));
        assertThat(after).contains("<div class=\"notice\" role=\"status\">")
                .contains("Recorded 2024-05: it happened for 19 of 20 eligible people.");
        assertThat(chartRows(after)).isEqualTo(chartRows(before) + 1);
        assertThat(after).contains("name=\"version\" value=\"16\"");
    }

    @Test
    void anInvalidMeasurementShowsEachErrorByItsFieldAndSavesNothing() {
        HttpResponse<String> sent = app.postForm("/projects/record-bad/measurements", "version", "15",
                "period", "", "numerator", "twenty", "denominator", "20");
        assertThat(sent.statusCode()).isEqualTo(422);
        String html = sent.body();
        assertThat(html).contains("<title>Error: Calls home from record-bad")
                .contains("<a href=\"#period\">Give the period, such as 2017-06</a>")
                .containsPattern("<div class=\"error-message\" id=\"numerator-error\">\\s*<p class=\"error-message__line\">"
                        + "<span class=\"visually-hidden\">Error:</span> Give the number of people it happened for")
                .contains("aria-describedby=\"numerator-hint numerator-error\"")
                .contains("value=\"twenty\"").contains("form-group form-group--error");
        assertThat(chartRows(page("/projects/record-bad"))).as("nothing saved").isEqualTo(4);

        HttpResponse<String> tooMany = app.postForm("/projects/record-bad/measurements", "version", "15",
                "period", "2024-05", "numerator", "21", "denominator", "20");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("The event cannot have happened for more people than were eligible");

        HttpResponse<String> again = app.postForm("/projects/record-bad/measurements", "version", "15",
                "period", "2024-01", "numerator", "1", "denominator", "2");
        assertThat(again.statusCode()).as("refused by the project").isEqualTo(422);
        assertThat(again.body()).contains("<a href=\"#period\">The period 2024-01 is already recorded");
        assertThat(chartRows(page("/projects/record-bad"))).as("nothing saved").isEqualTo(4);
    }

    @Test
    void aFormForAnEarlierVersionGetsAConflictAndSavesNothing() {
        assertThat(app.postForm("/projects/record-stale/measurements", "version", "15", "period", "2024-05",
                "numerator", "19", "denominator", "20").statusCode()).isEqualTo(303);
        HttpResponse<String> stale = app.postForm("/projects/record-stale/measurements", "version", "15",
                "period", "2024-06", "numerator", "18", "denominator", "20");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("This project changed while you were working on it: you saw version 15, and "
                + "it is now at version 16. Nothing was recorded.").contains("href=\"#record-measurement\"")
                .contains("value=\"2024-06\"").contains("name=\"version\" value=\"16\"");
        assertThat(page("/projects/record-stale")).doesNotContain("<th scope=\"row\">2024-06</th>");

        HttpResponse<String> noVersion = app.postForm("/projects/record-stale/measurements", "period", "2024-06",
                "numerator", "18", "denominator", "20");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("reload it and try again").doesNotContain("Exception");
    }

    @Test
    void aRefusedStepIsShownWithEveryReasonAndAPermittedOneIsTaken() {
        HttpResponse<String> refused = app.postForm("/projects/set-up-only/transitions/understand-what-matters",
                "version", "1");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("There is a problem")
                .contains("<a href=\"#step-understand-what-matters\">“Start understanding what matters” was not "
                        + "taken: No executive sponsor has been appointed.")
                .contains("was not taken: The co-design team has no member with lived experience");

        String ready = page("/projects/ready");
        assertThat(ready).contains("<strong class=\"tag tag--strength\">Ready</strong>")
                .contains("action=\"/projects/ready/transitions/understand-what-matters\"")
                .contains("Take this step: Start understanding what matters");
        HttpResponse<String> taken = app.postForm("/projects/ready/transitions/understand-what-matters", "version", "6");
        assertThat(taken.statusCode()).isEqualTo(303);
        String after = page(taken.headers().firstValue("Location").orElseThrow());
        assertThat(after).contains("Step taken: Start understanding what matters. The project is now in "
                + "“Understanding what matters”.").containsPattern("aria-current=\"step\">\\s*<span class="
                + "\"stepper__name\">Understanding what matters");

        HttpResponse<String> stale = app.postForm("/projects/ready/transitions/understand-what-matters", "version", "6");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("href=\"#next-steps\"").contains("you saw version 6");
        assertThat(app.postForm("/projects/ready/transitions/no-such-step", "version", "7").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPausedProjectOffersNoForm() {
        String html = page("/projects/paused");
        assertThat(html).contains("Paused: Ward closed for refurbishment")
                .contains("The project is not active").doesNotContain("Record the measurement</button>");
    }

    @Test
    void startingAProjectChecksEachFieldAndEscapesWhatWasTyped() {
        HttpResponse<String> bad = app.postForm("/projects", "id", "Ward 7!", "title", "", "organisation", "Trust",
                "areaOfFocus", "Ward", "startedOn", "yesterday");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("<a href=\"#id\">Give the project an id")
                .contains("<a href=\"#title\">Give the project a title").contains("<a href=\"#startedOn\">")
                .contains("value=\"Ward 7!\"").contains("value=\"Trust\"");

        HttpResponse<String> started = app.postForm("/projects", "id", "escaped", "title",
                "<script>alert(1)</script> & \"calls\"", "organisation", "Trust", "areaOfFocus", "Ward");
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.headers().firstValue("Location")).hasValue("/projects/escaped?started=yes");
        String html = page("/projects/escaped?started=yes");
        assertThat(html).contains("The project is started.")
                .contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"calls\"</h1>").doesNotContain("<script>");

        HttpResponse<String> taken = app.postForm("/projects", "id", "escaped", "title", "Again", "organisation", "T",
                "areaOfFocus", "W");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("There is already a project with this id");
    }

    @Test
    void aNoticeIsShownOnlyWhenTheProjectShowsItHappened() {
        assertThat(page("/projects/charted?recorded=2031-01")).doesNotContain("class=\"notice\"");
        assertThat(page("/projects/charted?step=sustain")).doesNotContain("class=\"notice\"");
        assertThat(page("/projects/charted?started=yes")).doesNotContain("class=\"notice\"");
    }

    @Test
    void theDemonstrationIsLoadedFromTheListAndShowsItsWholeHistory() {
        HttpResponse<String> loaded = app.postForm("/projects/load-demonstration");
        assertThat(loaded.statusCode()).isEqualTo(303);
        assertThat(loaded.headers().firstValue("Location")).hasValue("/projects/humber-contact?loaded=yes");
        String html = page("/projects/humber-contact?loaded=yes");
        assertThat(html).contains("The demonstration project is loaded")
                .contains("<h1>Contact with people who are important to us</h1>")
                .contains("C1: A charging station in the nurses' office").contains("The prediction did not hold")
                .contains("You said you could not reach your family at night.").contains("SU-1 on 25 April 2017")
                .contains("4.5 Sustainable improvement").contains("Set by Q-1 on 9 April 2018")
                .contains("Sustained at the aim");
        assertThat(chartRows(html)).isEqualTo(20);
        assertThat(page("/projects")).doesNotContain("Load the demonstration project");
        assertThat(app.postForm("/projects/load-demonstration").headers().firstValue("Location"))
                .as("loading again changes nothing").hasValue("/projects/humber-contact");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Set-Up-Only", "%2e%2e", "..%2F..%2Fetc", "con", "set-up-only.events.jsonl",
        "no-such-project"})
    void addressesThatAreNoProjectAreNotFound(String id) {
        HttpResponse<String> response = app.get("/projects/" + id);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Page not found</h1>").doesNotContain("Exception");
        assertThat(app.postForm("/projects/" + id + "/measurements", "version", "0", "period", "2024-01",
                "numerator", "1", "denominator", "2").statusCode()).isEqualTo(404);
    }
}
