package uk.nhs.coproduction.alwaysevents.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.command.JoinOversightGroupCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordApprovalCommand;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.testing.Golden;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

class WorkflowDefinitionTest {

    private static final WorkflowDefinition STANDARD = WorkflowDefinition.standard();

    @Test
    void theStandardDefinitionIsLoadedOnceAndVersioned() {
        assertThat(WorkflowDefinition.standard()).isSameAs(STANDARD);
        assertThat(STANDARD.version().id()).isEqualTo("always-events-standard");
        assertThat(STANDARD.version().version()).isEqualTo("2026.1");
        assertThat(STANDARD.version().fingerprint()).matches("[0-9a-f]{16}");
        assertThat(STANDARD.edition().sources()).isNotEmpty();
    }

    @Test
    void theJsonFormRoundTripsToTheSameFingerprint() {
        WorkflowDefinition again = WorkflowDefinition.fromJson(STANDARD.toJson());

        assertThat(again).isEqualTo(STANDARD);
        assertThat(again.version()).isEqualTo(STANDARD.version());
        assertThat(again.toJson()).isEqualTo(STANDARD.toJson());
    }

    @Test
    void theFingerprintFollowsTheContentNotTheIdOrVersion() {
        WorkflowDefinition renamed = STANDARD.withVersion("our-trust", "1");
        WorkflowDefinition stricter = WorkflowDefinition.fromJson(STANDARD.toJson().replace("\"minimumPeriods\": \"6\"",
                "\"minimumPeriods\": \"12\""));

        assertThat(renamed.version().fingerprint()).isEqualTo(STANDARD.version().fingerprint());
        assertThat(stricter.version().fingerprint()).isNotEqualTo(STANDARD.version().fingerprint());
    }

    @Test
    void numbersAreAcceptedAsGuardParameters() {
        WorkflowDefinition numeric = WorkflowDefinition.fromJson(STANDARD.toJson().replace("\"minimumPeriods\": \"6\"",
                "\"minimumPeriods\": 6"));

        assertThat(numeric.version().fingerprint()).isEqualTo(STANDARD.version().fingerprint());
    }

    @Test
    void aBadDefinitionIsRefusedNamingTheField() {
        String unknownGuard = STANDARD.toJson().replace("\"kind\": \"executive-sponsor\"", "\"kind\": \"board-sign-off\"");
        String badShare = STANDARD.toJson().replaceFirst("\"minimumLivedExperienceShare\": \"0.4\"",
                "\"minimumLivedExperienceShare\": \"forty\"");
        String badPhase = STANDARD.toJson().replaceFirst("\"from\": \"SET_UP_AND_OVERSIGHT\"", "\"from\": \"SETUP\"");

        assertThatThrownBy(() -> WorkflowDefinition.fromJson(unknownGuard)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("transitions[0].guards[0]").hasMessageContaining("unknown kind of guard 'board-sign-off'");
        assertThatThrownBy(() -> WorkflowDefinition.fromJson(badShare)).hasMessageContaining("transitions[0].guards[1]")
                .hasMessageContaining("minimumLivedExperienceShare must be a number from 0.0 to 1.0");
        assertThatThrownBy(() -> WorkflowDefinition.fromJson(badPhase)).hasMessageContaining("transitions[0].from");
        assertThatThrownBy(() -> WorkflowDefinition.fromJson("{\"schemaVersion\": 1")).hasMessageContaining("not valid JSON");
    }

    @Test
    void theMermaidDiagramShowsEveryPhaseAndTransition() throws IOException {
        String mermaid = STANDARD.toMermaid();

        assertThat(mermaid).startsWith("stateDiagram-v2\n");
        for (Phase phase : Phase.values()) {
            assertThat(mermaid).contains("    " + phase.name() + " : " + STANDARD.phase(phase).name());
        }
        assertThat(mermaid).contains("SET_UP_AND_OVERSIGHT --> UNDERSTAND_WHAT_MATTERS : understand-what-matters "
                + "(executive-sponsor, co-design-team)");
        assertThat(mermaid.lines().filter(l -> l.contains("-->")).count()).isEqualTo(STANDARD.transitions().size() + 1);
        Golden.assertMatches("standard-workflow.mmd", mermaid);
    }

    @Test
    void anOrganisationAddsAnApprovalStepWithoutForking() {
        Guard approval = GuardLibrary.standard().create(GuardSpec.of("approval-recorded",
                Map.of("approval", "clinical governance committee")), STANDARD.wording());
        WorkflowDefinition ours = STANDARD.withVersion("humber-always-events", "2017.1").withGuard("understand-what-matters", approval);
        Scenario s = Scenario.using(new InMemoryEventStore(), ours).setUp();
        assertThat(ours.evaluate("understand-what-matters", s.project()).reasons()).extracting(Reason::message)
                .containsExactly("No approval from the clinical governance committee has been recorded.");
        assertThat(approval.description()).isEqualTo("The clinical governance committee has approved this step.");

        PartnerId chair = PartnerId.of("G-01");
        s.ok(new JoinOversightGroupCommand(chair, java.util.Set.of(Role.EXPERIENCE_OF_CARE_STAFF), s.day()));
        s.ok(new RecordApprovalCommand("Clinical governance committee", chair, s.day()));
        s.take("understand-what-matters");

        assertThat(s.project().phase()).isEqualTo(Phase.UNDERSTAND_WHAT_MATTERS);
        assertThat(WorkflowDefinition.fromJson(ours.toJson()).version()).isEqualTo(ours.version());
    }

    @Test
    void anOrganisationsOwnKindOfGuardIsLoadedFromJsonWithItsLibrary() {
        GuardLibrary library = GuardLibrary.standard().with("three-members", (spec, wording) -> new Guard() {
            @Override
            public GuardSpec spec() {
                return spec;
            }

            @Override
            public String description() {
                return "At least three members.";
            }

            @Override
            public List<Reason> check(AlwaysEventProject project) {
                return project.coDesignTeam().size() >= 3 ? List.of()
                        : List.of(Reason.of("TOO_FEW_MEMBERS", "Fewer than three members.", Fact.of("teamSize", project.coDesignTeam().size())));
            }
        });
        String json = STANDARD.toJson().replace("{\n          \"kind\": \"executive-sponsor\"\n        }",
                "{\n          \"kind\": \"three-members\"\n        }");

        WorkflowDefinition ours = WorkflowDefinition.fromJson(json, library);
        AlwaysEventProject project = Scenario.inMemory().started().project();

        assertThat(ours.evaluate("understand-what-matters", project).reasons()).extracting(Reason::code).contains("TOO_FEW_MEMBERS");
        assertThatThrownBy(() -> WorkflowDefinition.fromJson(json)).hasMessageContaining("three-members");
    }

    @Test
    void askingForTheAvailableTransitionsChangesNothing() {
        Scenario s = Scenario.inMemory().coDesigning();
        AlwaysEventProject before = s.project();
        long versionBefore = s.projects.store().version(s.id);

        List<TransitionOption> first = STANDARD.availableTransitions(before);
        List<TransitionOption> second = STANDARD.availableTransitions(before);

        assertThat(first).isEqualTo(second);
        assertThat(first).extracting(o -> o.transition().id()).containsExactly("revisit-what-matters", "test");
        assertThat(first.get(0).verdict().isPermitted()).isTrue();
        assertThat(first.get(1).verdict().reasons()).isNotEmpty();
        assertThat(s.project()).isEqualTo(before);
        assertThat(s.projects.store().version(s.id)).isEqualTo(versionBefore);
    }

    @Test
    void transitionsAndGuardsRefuseNonsense() {
        assertThatThrownBy(() -> Transition.of("Bad Id", "x", Phase.TEST, Phase.SUSTAIN, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Transition.of("loop", "x", Phase.TEST, Phase.TEST, List.of()))
                .hasMessageContaining("another phase");
        assertThatThrownBy(() -> GuardSpec.of("Bad_Kind")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> STANDARD.withTransition(Transition.of("extra", "Extra", Phase.TEST, Phase.SUSTAIN, List.of()))
                .withGuard("missing", STANDARD.transitions().get(0).guards().get(0))).hasMessageContaining("no transition missing");
        assertThatThrownBy(() -> STANDARD.evaluate("missing", Scenario.inMemory().started().project()))
                .hasMessageContaining("no transition missing");
    }
}
