package uk.nhs.coproduction.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.access.AccessPolicy;
import uk.nhs.coproduction.alwaysevents.access.Principal;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.access.RoleDefinition;
import uk.nhs.coproduction.alwaysevents.command.RecordImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.SignOffImpactCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.testing.sources.ReadmeSnippets;

/**
 * The README's access policy section: its table of roles is the bundled policy, so the two cannot
 * drift apart, and its example runs as printed.
 */
class ReadmeAccessPolicyTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "uk", "nhs", "coproduction", "alwaysevents",
            "ReadmeAccessPolicyTest.java");
    private static final Path FILE = Path.of("access-policy.json");
    private static final String START = "<!-- access-policy-table: generated from AccessPolicy.bundled() -->";
    private static final String END = "<!-- /access-policy-table -->";

    @AfterEach
    void removeTheExamplesFile() throws IOException {
        Files.deleteIfExists(FILE);
    }

    /** {@return the table of roles, as the README shows it} */
    static String table(AccessPolicy policy) {
        StringBuilder table = new StringBuilder();
        table.append("| role | how someone holds it | commands they may give |\n");
        table.append("| --- | --- | --- |\n");
        for (RoleDefinition definition : policy.roles()) {
            String commands = definition.commands().isEmpty() ? "none"
                    : definition.commands().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
            table.append("| ").append(definition.name()).append(" (`").append(definition.role()).append("`) | ")
                    .append(definition.role().isAssigned() ? "assigned by the organisation" : "read from the project")
                    .append(" | ").append(commands).append(" |\n");
        }
        return table.toString();
    }

    @Test
    void theReadmeTableIsTheBundledPolicy() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("the README marks the table").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String shown = readme.substring(start + START.length(), end).strip() + "\n";
        assertThat(shown).as("the README's table; regenerate it from this test's table()")
                .isEqualTo(table(AccessPolicy.bundled()));
    }

    @Test
    void theExampleIsThisTest() throws IOException {
        ReadmeSnippets.assertShownIn("Files.writeString(Path.of(\"access-policy.json\")", SOURCE);
    }

    @Test
    void theExample() throws IOException {
        Scenario scenario = Scenario.inMemory().understanding();
        scenario.ok(new RecordImpactCommand("Nobody told us", "A leaflet", Set.of(Scenario.PATIENT), scenario.day()));
        AlwaysEventProjects projects = scenario.projects;
        ProjectId id = scenario.id;
        AlwaysEventProject project = scenario.project();

        Files.writeString(Path.of("access-policy.json"), AccessPolicy.bundled().toJson());   // a template to edit
        AccessPolicy ours = AccessPolicy.read(Path.of("access-policy.json"));   // names the field of any mistake
        AlwaysEventProjects checked = projects.withAccessPolicy(ours);

        Principal carer = Principal.of(Actor.of("C-01"));   // a partner's roles come from the project
        CommandOutcome outcome = checked.handle(id, carer,
                new SignOffImpactCommand(1, PartnerId.of("P-01"), LocalDate.of(2016, 11, 1), null));
        outcome.reasons();                                  // SIGN_OFF_NOT_BY_NAMED_PARTNER; nothing recorded

        Principal viewer = Principal.of(Actor.of("V-01"), ProjectRole.VIEWER);   // roles the organisation assigns
        Verdict ids = ours.canSeePartnerIds(viewer, project);   // Refused: PARTNER_IDS_FOR_MEMBERS_ONLY

        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly(AccessPolicy.SIGN_OFF_NOT_BY_NAMED_PARTNER);
        assertThat(ids.reasons()).extracting(Reason::code).containsExactly(AccessPolicy.PARTNER_IDS_FOR_MEMBERS_ONLY);
        assertThat(projects.store().version(id)).isEqualTo(project.version());
    }
}
