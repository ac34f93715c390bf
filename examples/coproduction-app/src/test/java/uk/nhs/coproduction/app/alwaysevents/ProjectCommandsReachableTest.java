package uk.nhs.coproduction.app.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.app.Main;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.CommandDescriptions;
import uk.nhs.coproduction.app.projectcommands.CommandField;
import uk.nhs.coproduction.app.projectcommands.Reading;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;

/**
 * Every command of the library's project ({@code ProjectCommand}'s permitted subtypes) is described
 * once and reachable, under that one name, from all three: the command line's subcommand, whose
 * options build that very command; a web form; and the JSON API.
 */
class ProjectCommandsReachableTest {

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> ProjectFixtures.started(projects, "reach"));

    @Test
    void everyLibraryCommandIsReachableFromTheCommandLineTheWebFormsAndTheJsonApi() {
        for (Class<?> type : ProjectCommand.class.getPermittedSubclasses()) {
            List<CommandDescription> described = CommandDescriptions.everyCommand().stream()
                    .filter(d -> d.command() == type).toList();
            assertThat(described).as(type.getSimpleName()).hasSize(1);
            CommandDescription description = described.get(0);
            String id = description.id();

            CommandLine root = Main.commandLine();
            CommandLine sub = root.getSubcommands().get("always-events").getSubcommands().get(id);
            assertThat(sub).as("always-events " + id).isNotNull();
            List<String> args = new ArrayList<>(List.of("always-events", id));
            args.addAll(arguments(description));
            root.parseArgs(args.toArray(String[]::new));
            Reading reading = ((ProjectAction) sub.getCommand()).reading();
            assertThat(reading).as(id + ": %s", reading).isInstanceOf(Reading.Command.class);
            assertThat(((Reading.Command) reading).command()).as(id).isInstanceOf(type);

            HttpResponse<String> form = app.postForm(formAddress(type, id), "version", "1");
            assertThat(form.statusCode()).as("the web form for " + id + ": " + form.body()).isIn(303, 422);

            HttpResponse<String> api = type == StartProjectCommand.class
                    ? app.postJson("/api/projects", "{}")
                    : app.postJson("/api/projects/reach/commands/" + id, "{\"expectedVersion\": 1}");
            assertThat(api.statusCode()).as("the API for " + id + ": " + api.body()).isIn(200, 422);
            assertThat(api.body()).as(id).doesNotContain("There is no command at this address");
        }
    }

    /** Where the web's form for a command is sent: most are the project page's command forms. */
    private static String formAddress(Class<?> type, String id) {
        if (type == StartProjectCommand.class) {
            return "/projects";
        }
        if (type == RecordMeasurementCommand.class) {
            return "/projects/reach/measurements";
        }
        if (type == TakeTransitionCommand.class) {
            return "/projects/reach/transitions/understand-what-matters";
        }
        return "/projects/reach/commands/" + id;
    }

    /** PROJECT and a value the field readers accept for every option. */
    private static List<String> arguments(CommandDescription description) {
        List<String> args = new ArrayList<>(List.of("reach"));
        int n = 0;
        for (CommandField field : description.fields()) {
            n++;
            args.add(ProjectAction.optionName(field.name()));
            args.add(switch (field.type()) {
                case TEXT, PARAGRAPH, CODE -> "value-" + n;
                case DATE, DATE_OR_TODAY -> LocalDate.of(2024, 5, 1).plusDays(n).toString();
                case WHOLE_NUMBER -> Integer.toString(n);
                case NUMBER -> "92.5";
                case PARTNER, PARTNERS -> "P-" + n;
                case ROLES, CHOICE, YES_NO, SCORE -> field.options().get(0).value().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-');
            });
        }
        return args;
    }
}
