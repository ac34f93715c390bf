package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * A project with a long log (issue 14): its page shows the measurements {@value TablePage#SIZE}
 * at a time with links to the rest, and offers a long list of its own items as a text box, so the
 * page does not grow with the log.
 */
class LongProjectPageTest {

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.started(projects, "long");
        ProjectFixtures.started(projects, "longer");
        measure(projects, "long", 130);
        measure(projects, "longer", 390);
    });

    private static void measure(AlwaysEventProjects projects, String id, int periods) {
        ProjectId project = ProjectId.of(id);
        for (int i = 0; i < periods; i++) {
            CommandOutcome outcome = projects.handle(project, Actor.of("qi-lead-1"),
                    new RecordMeasurementCommand(String.format("w-%03d", i), 5, 10));
            assertThat(outcome).isInstanceOf(CommandOutcome.Recorded.class);
        }
    }

    private static String page(String pathAndQuery) {
        HttpResponse<String> page = app.get(pathAndQuery);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static int rows(String html) {
        int start = html.indexOf("id=\"measurement-table\"");
        String table = html.substring(start, html.indexOf("</table>", start));
        Matcher row = Pattern.compile("<th scope=\"row\">").matcher(table);
        int count = 0;
        while (row.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theLatestMeasurementsAreShownFirstWithLinksToTheEarlierOnes() {
        String first = page("/projects/long");
        assertThat(rows(first)).isEqualTo(TablePage.SIZE);
        assertThat(first).contains("Showing measurements 81 to 130 of 130, the latest first: page")
                .contains("1 of 3").contains("<th scope=\"row\">w-129</th>").doesNotContain("<th scope=\"row\">w-079</th>")
                .contains("href=\"/projects/long?rows=2#measurements\" rel=\"next\">Earlier measurements")
                .doesNotContain("rel=\"prev\"");
        String last = page("/projects/long?rows=3");
        assertThat(rows(last)).isEqualTo(30);
        assertThat(last).contains("Showing measurements 1 to 30 of 130").contains("<th scope=\"row\">w-000</th>")
                .contains("href=\"/projects/long?rows=2#measurements\" rel=\"prev\">Later measurements")
                .doesNotContain("rel=\"next\"");
        assertThat(page("/projects/long?rows=99")).contains("Showing measurements 1 to 30 of 130");
        assertThat(page("/projects/long?rows=x")).contains("Showing measurements 81 to 130 of 130");
    }

    @Test
    void aLongListOfTheProjectsOwnItemsIsATextBoxNamingTheLatest() {
        String html = page("/projects/long");
        assertThat(html).doesNotContain("id=\"correct-measurement-period-2\"")
                .contains("130 to choose from; the latest: w-127, w-128, w-129.");
    }

    @Test
    void thePageDoesNotGrowWithTheLog() {
        int shorter = page("/projects/long").length();
        int longer = page("/projects/longer").length();
        assertThat(Math.abs(longer - shorter)).as("page sizes %d and %d", shorter, longer).isLessThan(1_000);
    }
}
