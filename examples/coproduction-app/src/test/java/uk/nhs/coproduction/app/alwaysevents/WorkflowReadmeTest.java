package uk.nhs.coproduction.app.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.Refusals;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.alwaysevents.workflow.TransitionOption;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/** The README's "Always Events workflow" section and the reference page say what the library does. */
class WorkflowReadmeTest {

    @TempDir
    Path folder;

    @Test
    void theReadmesDiagramIsTheStandardDefinitions() throws IOException {
        String readme = Files.readString(Path.of("..", "..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```mermaid\n") + "```mermaid\n".length();
        int end = readme.indexOf("```", start);

        assertThat(readme.substring(start, end)).isEqualTo(WorkflowDefinition.standard().toMermaid());
    }

    @Test
    void theReferenceListsEveryReasonCodeAndEventType() throws IOException, IllegalAccessException {
        String reference = Files.readString(Path.of("..", "..", "docs", "always-events-workflow.md"), StandardCharsets.UTF_8);

        for (String code : WorkflowDefinition.standard().wording().reasonMessages().keySet()) {
            assertThat(reference).contains("`" + code + "`");
        }
        for (java.lang.reflect.Field field : Refusals.class.getFields()) {
            assertThat(reference).contains("`" + field.get(null) + "`");
        }
        for (String type : EventJson.typeNames()) {
            assertThat(reference).contains("`" + type + "`");
        }
        for (Transition transition : WorkflowDefinition.standard().transitions()) {
            assertThat(reference).contains("| `" + transition.id() + "` |");
        }
    }

    @Test
    void theReadmesCodeExampleGivesTheReasons() {
        try (FileEventStore store = FileEventStore.open(folder.resolve("data"))) {
            AlwaysEventProjects projects = AlwaysEventProjects.using(store, WorkflowDefinition.standard(), Clock.systemUTC());
            ProjectId id = ProjectId.of("humber-contact");
            Actor lead = Actor.of("qi-lead-1");

            projects.handle(id, 0, lead, new StartProjectCommand("Humber NHS Foundation Trust",
                    "Contact with people who are important to us", "Assessment and treatment unit", LocalDate.of(2016, 10, 3)));
            CommandOutcome outcome = projects.handle(id, 1, lead,
                    new TakeTransitionCommand("understand-what-matters", LocalDate.of(2016, 10, 4)));

            assertThat(outcome).isInstanceOf(CommandOutcome.Refused.class);
            assertThat(((CommandOutcome.Refused) outcome).reasons()).extracting(Reason::code)
                    .startsWith("NO_EXECUTIVE_SPONSOR", "NO_FRONT_LINE_STAFF_MEMBER");
            assertThat(projects.definition().availableTransitions(projects.project(id).orElseThrow()))
                    .extracting(TransitionOption::transition).extracting(t -> t.id()).containsExactly("understand-what-matters");
            assertThat(projects.summary(id).orElseThrow().chartSvg()).isEmpty();
        }
    }
}
