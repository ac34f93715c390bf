package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.app.projectcommands.CommandDescriptions;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.WebApp;

/**
 * {@code GET /api/projects/{id}/commands} and {@code POST /api/projects/{id}/commands/{command}} over
 * HTTP: the commands listed with their fields, a project taken from set-up to a completed PDSA cycle
 * through them alone, and every way a command is not recorded (bad JSON, the library's checks, the
 * project's refusals, a stale version, unknown addresses, limits), each answered as problem details
 * that name the field.
 */
class ProjectCommandApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.started(projects, "listed");
        ProjectFixtures.started(projects, "whole-way");
        ProjectFixtures.started(projects, "bad-input");
        ProjectFixtures.readyToUnderstand(projects, "refusing");
        ProjectFixtures.readyToUnderstand(projects, "stale");
    });

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static long version(String id) {
        return json(app.get("/api/projects/" + id)).get("version").asLong();
    }

    private static List<String> fields(HttpResponse<String> problem) {
        List<String> names = new ArrayList<>();
        json(problem).get("errors").forEach(e -> names.add(e.get("field").asString()));
        return names;
    }

    /** Gives {@code id} a command decided on its current version; the fields are JSON members without braces. */
    private static HttpResponse<String> command(String id, String command, String fields) {
        return app.postJson("/api/projects/" + id + "/commands/" + command, "{\"expectedVersion\": " + version(id)
                + (fields.isEmpty() ? "" : ", " + fields) + "}");
    }

    private static void recorded(String id, String command, String fields, String type) {
        HttpResponse<String> response = command(id, command, fields);
        assertThat(response.statusCode()).as(command + ": " + response.body()).isEqualTo(200);
        assertThat(json(response).get("recorded").get(0).get("type").asString()).isEqualTo(type);
    }

    @Test
    void theCommandsAreListedWithTheirFieldsAndWhetherTheyAreOfferedNow() {
        JsonNode list = json(app.get("/api/projects/listed/commands"));
        assertThat(list.get("version").asLong()).isEqualTo(1);
        JsonNode commands = list.get("commands");
        assertThat(commands.size()).isEqualTo(CommandDescriptions.all().size()).isEqualTo(31);
        JsonNode sponsor = commands.get(0);
        assertThat(sponsor.get("id").asString()).isEqualTo("appoint-executive-sponsor");
        assertThat(sponsor.get("command").asString()).isEqualTo("AppointExecutiveSponsorCommand");
        assertThat(sponsor.get("offeredNow").asBoolean()).isTrue();
        assertThat(sponsor.get("forThisPhase").asBoolean()).isTrue();
        assertThat(sponsor.get("href").asString()).isEqualTo("/api/projects/listed/commands/appoint-executive-sponsor");
        assertThat(sponsor.get("fields").get(0).get("name").asString()).isEqualTo("sponsor");
        assertThat(sponsor.get("fields").get(0).get("required").asBoolean()).isTrue();
        assertThat(sponsor.get("fields").get(1).get("required").asBoolean()).as("the date is today when left out").isFalse();
        for (JsonNode command : commands) {
            String id = command.get("id").asString();
            if (id.equals("state-vision") || id.equals("plan-pdsa-cycle") || id.equals("leave-co-design-team")) {
                assertThat(command.get("offeredNow").asBoolean()).as(id).isFalse();
            }
            if (id.equals("join-co-design-team")) {
                assertThat(command.get("fields").get(1).get("choices").findValuesAsString("value")).contains("PATIENT",
                        "FRONT_LINE_STAFF");
            }
        }
        assertThat(json(app.get("/api/projects/listed")).get("links").get("commands").asString())
                .isEqualTo("/api/projects/listed/commands");
    }

    @Test
    void aProjectGoesFromSetUpToACompletedPdsaCycleThroughTheCommandsAlone() {
        String id = "whole-way";
        recorded(id, "appoint-executive-sponsor", "\"sponsor\": \"E-1\", \"appointedOn\": \"2024-01-09\"",
                "ExecutiveSponsorAppointed");
        recorded(id, "join-oversight-group", "\"partner\": \"O-1\", \"roles\": [\"experience-of-care-staff\"]",
                "OversightMemberJoined");
        recorded(id, "join-co-design-team", "\"partner\": \"P-1\", \"roles\": [\"PATIENT\"]", "CoDesignMemberJoined");
        recorded(id, "join-co-design-team", "\"partner\": \"C-1\", \"roles\": [\"UNPAID_CARER\"]", "CoDesignMemberJoined");
        recorded(id, "join-co-design-team", "\"partner\": \"S-1\", \"roles\": [\"FRONT_LINE_STAFF\"]", "CoDesignMemberJoined");
        recorded(id, "take-transition", "\"transitionId\": \"understand-what-matters\"", "PhaseChanged");
        recorded(id, "record-what-matters", "\"source\": \"CONVERSATIONS\", \"summary\": \"Calling home at night\", "
                + "\"peopleHeard\": 7", "WhatMattersRecorded");
        recorded(id, "take-transition", "\"transitionId\": \"co-design\"", "PhaseChanged");
        recorded(id, "state-vision", "\"text\": \"I will always be able to call home when I want to\"", "VisionStated");
        recorded(id, "state-aim", "\"population\": \"people on the ward\", \"measure\": \"a phone within 10 minutes\", "
                + "\"percent\": 90, \"achieveBy\": \"2025-03-31\"", "AimStated");
        for (String criterion : List.of("IMPORTANT", "EVIDENCE_BASED", "MEASURABLE", "AFFORDABLE_AND_SUSTAINABLE")) {
            recorded(id, "assess-criterion", "\"criterion\": \"" + criterion + "\", \"met\": true, \"evidence\": \"Agreed\"",
                    "CriterionAssessed");
        }
        recorded(id, "add-primary-driver", "\"text\": \"A phone is at hand\"", "PrimaryDriverAdded");
        recorded(id, "add-secondary-driver", "\"primaryDriverId\": \"P1\", \"text\": \"It is charged\"",
                "SecondaryDriverAdded");
        recorded(id, "add-change-idea", "\"secondaryDriverId\": \"S1\", \"text\": \"Check it at handover\"",
                "ChangeIdeaAdded");
        recorded(id, "take-transition", "\"transitionId\": \"test\"", "PhaseChanged");
        recorded(id, "plan-pdsa-cycle", "\"changeIdeaId\": \"C1\", \"objective\": \"Does it help?\", \"prediction\": "
                + "\"Most calls within 10 minutes\", \"arrangements\": \"Nights, two weeks\", \"dataCollection\": "
                + "\"A tally\", \"plannedOn\": \"2024-03-01\", \"period\": \"2024-03\"", "PdsaCyclePlanned");
        recorded(id, "record-pdsa-do", "\"cycle\": 1, \"observations\": \"Done\", \"carriedOutOn\": \"2024-03-15\"",
                "PdsaDoRecorded");
        recorded(id, "record-pdsa-study", "\"cycle\": 1, \"predictionConfirmed\": true, \"learning\": \"It held\", "
                + "\"studiedOn\": \"2024-03-22\"", "PdsaStudyRecorded");
        recorded(id, "record-pdsa-act", "\"cycle\": 1, \"decision\": \"adopt\", \"nextSteps\": \"Every shift\", "
                + "\"decidedOn\": \"2024-03-24\"", "PdsaActRecorded");
        recorded(id, "set-progress-score", "\"score\": 2.5, \"rationale\": \"One change adopted\"", "ProgressScoreSet");
        recorded(id, "record-impact", "\"youSaid\": \"We could not call home\", \"weDid\": \"A phone at every "
                + "handover\", \"saidBy\": [\"P-1\"]", "ImpactRecorded");
        HttpResponse<String> signedOff = app.as("P-1").postJson("/api/projects/" + id + "/commands/sign-off-impact",
                "{\"expectedVersion\": " + version(id) + ", \"entry\": 1, \"partner\": \"P-1\"}");
        assertThat(signedOff.statusCode()).as("the partner signs off as themselves: " + signedOff.body()).isEqualTo(200);
        assertThat(json(signedOff).get("recorded").get(0).get("actor").asString()).isEqualTo("P-1");

        JsonNode state = json(app.get("/api/projects/" + id));
        assertThat(state.get("phase").get("code").asString()).isEqualTo("TEST");
        assertThat(state.get("pdsaCycles").get(0).get("stage").asString()).isEqualTo("acted");
        assertThat(state.get("pdsaCycles").get(0).get("decision").asString()).isEqualTo("adopt");
        assertThat(state.get("driverDiagram").get("changeIdeas").get(0).get("text").asString())
                .isEqualTo("Check it at handover");
        assertThat(state.get("progress").get("score").get("setBy").asString()).isEqualTo(RunningApp.TEST_ACCOUNT);
        assertThat(state.get("impactLog").get(0).get("signOffs").get(0).get("partner").asString()).isEqualTo("P-1");
        assertThat(state.get("team").get("oversightGroup").get(0).get("roles").get(0).asString())
                .isEqualTo("EXPERIENCE_OF_CARE_STAFF");
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsRecorded() {
        HttpResponse<String> wrongKinds = command("bad-input", "state-aim", "\"population\": 3, \"measure\": \"x\", "
                + "\"percent\": \"ninety\", \"achieveBy\": \"31/03/2025\", \"colour\": \"red\"");
        assertThat(wrongKinds.statusCode()).isEqualTo(422);
        assertThat(wrongKinds.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(fields(wrongKinds)).containsExactlyInAnyOrder("colour", "population", "percent", "achieveBy");
        assertThat(wrongKinds.body()).contains("must be a string").contains("must be a number")
                .contains("Achieved by: enter the date as year-month-day");

        HttpResponse<String> roles = command("bad-input", "join-co-design-team", "\"partner\": \"Jane Smith\", "
                + "\"roles\": \"PATIENT\"");
        assertThat(roles.statusCode()).isEqualTo(422);
        assertThat(fields(roles)).containsExactlyInAnyOrder("partner", "roles");
        assertThat(roles.body()).contains("must be an array of strings").doesNotContain("Jane");

        HttpResponse<String> library = command("bad-input", "correct-measurement", "\"period\": \"2024-01\", "
                + "\"numerator\": 30, \"denominator\": 24, \"reason\": \"Miscounted\"");
        assertThat(library.statusCode()).as("the library's own check: numerator at most the denominator").isEqualTo(422);
        assertThat(fields(library)).containsExactly("numerator");

        HttpResponse<String> noVersion = app.postJson("/api/projects/bad-input/commands/pause-project",
                "{\"reason\": \"Ward closed\"}");
        assertThat(noVersion.statusCode()).isEqualTo(422);
        assertThat(fields(noVersion)).containsExactly("expectedVersion");
        assertThat(version("bad-input")).isEqualTo(1);
    }

    @Test
    void aRefusalListsEveryReasonOnTheFieldItConcerns() {
        HttpResponse<String> refused = command("refusing", "record-what-matters", "\"source\": \"partners\", "
                + "\"summary\": \"Calls at night\", \"peopleHeard\": 0, \"voicedBy\": [\"X-9\"]");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json(refused);
        assertThat(problem.get("detail").asString()).isEqualTo("Refused “Record what matters”: 1 reason. Nothing was "
                + "recorded.");
        assertThat(problem.get("reasons").findValuesAsString("code")).containsExactly("NOT_IN_CO_DESIGN_TEAM");
        assertThat(fields(refused)).containsExactly("voicedBy");

        HttpResponse<String> early = command("refusing", "plan-pdsa-cycle", "\"changeIdeaId\": \"C7\", \"objective\": "
                + "\"o\", \"prediction\": \"p\", \"arrangements\": \"a\", \"dataCollection\": \"d\"");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(json(early).get("reasons").findValuesAsString("code")).containsExactly("NOT_YET_IN_PHASE",
                "UNKNOWN_CHANGE_IDEA");
        assertThat(fields(early)).containsExactly("", "changeIdeaId");
        assertThat(version("refusing")).isEqualTo(6);
    }

    @Test
    void aStaleVersionIsAConflictThatSaysWhereTheProjectIs() {
        long before = version("stale");
        assertThat(command("stale", "set-progress-score", "\"score\": 1, \"rationale\": \"Team formed\"").statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = app.postJson("/api/projects/stale/commands/pause-project", "{\"expectedVersion\": "
                + before + ", \"reason\": \"Ward closed\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("currentVersion").asLong()).isEqualTo(before + 1);
        assertThat(fields(stale)).containsExactly("expectedVersion");
        assertThat(json(app.get("/api/projects/stale")).get("status").asString()).isEqualTo("active");
    }

    @Test
    void unknownAddressesMediaTypesAndOversizeBodiesAreRefused() {
        String body = "{\"expectedVersion\": 1, \"reason\": \"x\"}";
        assertThat(app.postJson("/api/projects/no-such/commands/pause-project", body).statusCode()).isEqualTo(404);
        assertThat(app.get("/api/projects/no-such/commands").statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = app.postJson("/api/projects/..%2Fescape/commands/pause-project", body);
        assertThat(malformed.statusCode()).isIn(400, 404);
        HttpResponse<String> capitals = app.postJson("/api/projects/Listed/commands/pause-project", body);
        assertThat(capitals.statusCode()).isEqualTo(400);
        assertThat(fields(capitals)).containsExactly("id");
        HttpResponse<String> unknown = app.postJson("/api/projects/listed/commands/start-project", body);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("detail").asString()).contains("GET /api/projects/listed/commands lists them");
        assertThat(app.post("/api/projects/listed/commands/pause-project", "text/plain", body).statusCode()).isEqualTo(415);
        String huge = "{\"expectedVersion\": 1, \"reason\": \"" + "x".repeat((int) WebApp.BODY_LIMIT) + "\"}";
        assertThat(app.postJson("/api/projects/listed/commands/pause-project", huge).statusCode()).isEqualTo(413);
        assertThat(version("listed")).isEqualTo(1);
    }
}
