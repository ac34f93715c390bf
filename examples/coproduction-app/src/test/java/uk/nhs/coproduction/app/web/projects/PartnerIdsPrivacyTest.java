package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.SignOffImpactCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.SignedInClient;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * Only the project's members see its partners' pseudonymous ids, in the JSON API as on the pages:
 * the project's state, its commands' choices and what a command recorded.
 */
class PartnerIdsPrivacyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> ProjectFixtures.withImpactEntry(projects, "team"));

    @Test
    void aMemberReadsTheIdsInTheProjectsState() {
        JsonNode state = JSON.readTree(app.get("/api/projects/team").body());
        assertThat(state.get("partnerIdsShown").asBoolean()).isTrue();
        assertThat(state.toString()).contains("\"P-1\"").contains("\"C-1\"");
        assertThat(state.at("/impactLog/0/saidBy/0").asString()).isEqualTo("P-1");
    }

    @Test
    void aViewerHoldingATokenReadsTheStateWithoutAnyPartnersId() {
        SignedInClient viewer = app.as("V-api", ProjectRole.VIEWER).withCookie(null).withCsrf(null);
        HttpResponse<String> answer = viewer.get("/api/projects/team");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode state = JSON.readTree(answer.body());
        assertThat(state.get("partnerIdsShown").asBoolean()).isFalse();
        AlwaysEventProjects same = AlwaysEventProjects.inMemory();
        ProjectFixtures.withImpactEntry(same, "team");
        java.util.Set<String> ids = ProjectJson.personIds(same.project(ProjectId.of("team")).orElseThrow());
        assertThat(ids).contains("P-1", "C-1");
        for (String id : ids) {
            assertThat(answer.body()).as("the id %s", id).doesNotContain("\"" + id + "\"");
        }
        assertThat(state.at("/impactLog/0/saidBy/0").asString()).isEqualTo(ProjectView.HIDDEN_ID);
        assertThat(state.at("/team/coDesignTeam/0/id").asString()).isEqualTo(ProjectView.HIDDEN_ID);
        assertThat(state.at("/team/coDesignTeam/0/livedExperience").isBoolean())
                .as("what is not an id is still there").isTrue();
        assertThat(state.at("/whatMatters").isArray()).isTrue();
    }

    @Test
    void aViewerReadsTheCommandsWithoutThePartnersOffered() {
        HttpResponse<String> lead = app.get("/api/projects/team/commands");
        HttpResponse<String> viewer = app.as("V-commands", ProjectRole.VIEWER).get("/api/projects/team/commands");
        assertThat(lead.body()).contains("\"P-1\"").contains("\"S-1\"");
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).doesNotContain("\"P-1\"").doesNotContain("\"C-1\"").doesNotContain("\"S-1\"")
                .contains("Only the project's members see its partners' ids.");
        assertThat(JSON.readTree(viewer.body()).get("commands").size())
                .as("the viewer still reads every command").isEqualTo(JSON.readTree(lead.body()).get("commands").size());
    }

    @Test
    void whatACommandRecordedHidesTheIdsFromSomeoneWhoIsNotAMember() {
        AlwaysEventProjects projects = AlwaysEventProjects.inMemory();
        ProjectFixtures.withImpactEntry(projects, "p");
        CommandOutcome outcome = projects.handle(ProjectId.of("p"), Actor.of("P-1"),
                new SignOffImpactCommand(1, PartnerId.of("P-1"), ProjectFixtures.START.plusDays(41), "Yes, it works"));
        assertThat(outcome).isInstanceOf(CommandOutcome.Recorded.class);
        CommandOutcome.Recorded recorded = (CommandOutcome.Recorded) outcome;

        ObjectNode shown = ProjectJson.recorded(recorded.project(), recorded.events(), projects.definition(), true);
        ObjectNode hidden = ProjectJson.recorded(recorded.project(), recorded.events(), projects.definition(), false);

        assertThat(shown.toString()).contains("\"P-1\"");
        assertThat(hidden.toString()).doesNotContain("P-1").contains(ProjectView.HIDDEN_ID)
                .contains("Yes, it works");
        assertThat(hidden.get("recorded").size()).isEqualTo(shown.get("recorded").size());
        assertThat(hidden.get("version").asLong()).isEqualTo(recorded.project().version());
    }
}
