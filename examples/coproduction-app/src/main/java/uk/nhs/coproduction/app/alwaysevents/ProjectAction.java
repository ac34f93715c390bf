package uk.nhs.coproduction.app.alwaysevents;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.CommandField;
import uk.nhs.coproduction.app.projectcommands.FieldProblem;
import uk.nhs.coproduction.app.projectcommands.PersonalDetailsWarning;
import uk.nhs.coproduction.app.projectcommands.Reading;

/**
 * A subcommand that records something in one project, made with picocli's programmatic API from
 * the command's single description ({@link CommandDescription}): its name is the description's id
 * (such as {@code join-co-design-team}), with one option per field ({@code --kebab-case} of the
 * field's name, described by its label and hint, required as the field is, its fixed choices as
 * completion candidates), the date it happened also as {@code --on}, and the {@code PROJECT},
 * {@code --expected-version}, {@code --data} and {@code --as} every project command takes. The
 * options' values are read by the description's own field readers, as the web's forms and API
 * read theirs, so a bad value gets the same words, naming the option; the command built is handed
 * to the project (validation, version check, workflow guards), and what was recorded or every
 * reason it was not is printed. Free text that looks like contact details or an NHS number is
 * refused (exit status 2, naming the option) unless {@code --confirm-personal-details} is given.
 *
 * <p>Exit status: 0 recorded; 1 refused by the project or the workflow, or a conflict with a
 * change made meanwhile; 2 bad input (the message names the option); 3 the data directory could
 * not be used.
 */
final class ProjectAction implements Callable<Integer> {

    static final int REFUSED = 1;
    static final int BAD_INPUT = 2;
    static final int STORE_FAILED = 3;

    private static final String PROJECT = "PROJECT";
    private static final String EXPECTED_VERSION = "--expected-version";
    private static final String ON = "--on";
    /** The option that confirms free text which looks like contact details or an NHS number may be kept. */
    static final String CONFIRM_PERSONAL_DETAILS = "--confirm-personal-details";

    private final CommandDescription description;
    private final Workspace workspace = new Workspace();
    private final CommandSpec spec;

    private ProjectAction(CommandDescription description) {
        this.description = description;
        this.spec = CommandSpec.wrapWithoutInspection(this);
    }

    /** The subcommand for {@code description}, ready to be added to {@code always-events}. */
    static CommandLine of(CommandDescription description) {
        ProjectAction action = new ProjectAction(description);
        CommandSpec spec = action.spec;
        spec.name(description.id()).mixinStandardHelpOptions(true);
        List<String> text = new ArrayList<>();
        text.add(description.title() + ".");
        if (!description.description().isEmpty()) {
            text.add(description.description());
        }
        spec.usageMessage().description(text.toArray(String[]::new)).sortOptions(false)
                .footer("", AlwaysEvents.TRADEMARK_NOTICE);
        spec.addPositional(PositionalParamSpec.builder().index("0").paramLabel(PROJECT).type(ProjectId.class)
                .converters(new Converters.Project()).description("The project's id: lower-case letters, digits and hyphens.")
                .build());
        for (CommandField field : description.fields()) {
            spec.addOption(option(field));
        }
        spec.addOption(OptionSpec.builder(EXPECTED_VERSION).paramLabel("N").type(Long.class)
                .description("The version you decided on (from status); refused as a conflict if the project has moved on.")
                .build());
        if (description.fields().stream().anyMatch(f -> f.type().isFreeText())) {
            spec.addOption(OptionSpec.builder(CONFIRM_PERSONAL_DETAILS).arity("0").type(boolean.class)
                    .description("Keep text that looks like contact details or an NHS number: only if the person agreed, "
                            + "or it is not personal. Without it, such text is refused and nothing is recorded.")
                    .build());
        }
        spec.addMixin("workspace", CommandSpec.forAnnotatedObject(action.workspace));
        return new CommandLine(spec);
    }

    /** The option for {@code field}: {@code --kebab-case} of its name, and {@code --on} for the date it happened. */
    static String optionName(String field) {
        StringBuilder kebab = new StringBuilder("--");
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c)) {
                kebab.append('-').append(Character.toLowerCase(c));
            } else {
                kebab.append(c);
            }
        }
        return kebab.toString().toLowerCase(Locale.ROOT);
    }

    private static OptionSpec option(CommandField field) {
        String name = optionName(field.name());
        boolean when = field.type() == CommandField.Type.DATE_OR_TODAY;
        String[] names = when && !name.equals(ON) ? new String[] {ON, name} : new String[] {name};
        StringBuilder help = new StringBuilder(field.label()).append('.');
        if (field.hint() != null) {
            help.append(' ').append(field.hint());
        }
        List<String> candidates = field.options().stream().map(c -> c.value().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
        if (!candidates.isEmpty()) {
            help.append(" One of: ${COMPLETION-CANDIDATES}.");
        }
        OptionSpec.Builder option = OptionSpec.builder(names).paramLabel(label(field)).arity("1")
                .required(field.required() && !when).description(help.toString());
        if (!candidates.isEmpty()) {
            option.completionCandidates(candidates);
        }
        if (field.type().isMany()) {
            option.type(List.class).auxiliaryTypes(String.class).splitRegex(",");
        } else {
            option.type(String.class);
        }
        return option.build();
    }

    private static String label(CommandField field) {
        return switch (field.type()) {
            case TEXT, PARAGRAPH -> "TEXT";
            case DATE, DATE_OR_TODAY -> "DATE";
            case WHOLE_NUMBER, NUMBER, SCORE -> "N";
            case PARTNER -> "ID";
            case PARTNERS -> "ID";
            case ROLES -> "ROLE";
            case YES_NO -> "yes|no";
            case CODE, CHOICE -> optionName(field.name()).substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
        };
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Reading reading = reading();
        if (reading instanceof Reading.Problems problems) {
            problems.problems().forEach(p -> err.println(message(p)));
            err.flush();
            return BAD_INPUT;
        }
        if (reading instanceof Reading.PersonalDetails personal) {
            for (PersonalDetailsWarning warning : personal.warnings()) {
                err.println("always-events " + description.id() + ": " + optionName(warning.field()) + ": "
                        + warning.problem() + ". Nothing was recorded. Remove it, or, if the person agreed to it being "
                        + "kept or it is not personal, run the command again with " + CONFIRM_PERSONAL_DETAILS + ".");
            }
            err.flush();
            return BAD_INPUT;
        }
        ProjectCommand request = ((Reading.Command) reading).command();
        ProjectId id = Objects.requireNonNull(spec.positionalParameters().get(0).getValue());
        Long expectedVersion = spec.findOption(EXPECTED_VERSION).getValue();
        return workspace.run(spec, id, (store, projects) -> {
            CommandOutcome outcome = expectedVersion == null ? projects.handle(id, workspace.actor, request)
                    : projects.handle(id, expectedVersion, workspace.actor, request);
            return report(id, outcome, spec.commandLine().getOut(), err);
        });
    }

    /** The options given, read by the description's field readers: the library's command, or what is wrong. */
    Reading reading() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (CommandField field : description.fields()) {
            values.put(field.name(), given(spec.findOption(optionName(field.name())).getValue()));
        }
        OptionSpec confirm = spec.findOption(CONFIRM_PERSONAL_DETAILS);
        boolean confirmed = confirm != null && Boolean.TRUE.equals(confirm.getValue());
        return description.read(values, LocalDate.now(ZoneOffset.UTC), confirmed);
    }

    private static List<String> given(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    /** A problem with a field's value, naming its option. */
    private String message(FieldProblem problem) {
        return "always-events " + description.id() + ": " + optionName(problem.field()) + ": " + problem.problem();
    }

    private int report(ProjectId id, CommandOutcome outcome, PrintWriter out, PrintWriter err) {
        if (outcome instanceof CommandOutcome.Recorded recorded) {
            for (RecordedEvent event : recorded.events()) {
                out.println(id + " v" + event.version() + ": " + Printing.describe(event.event()));
            }
            recorded.listenerFailures().forEach(f -> err.println("always-events: warning: " + f));
            return 0;
        }
        if (outcome instanceof CommandOutcome.Invalid invalid) {
            description.violations(invalid.violations()).forEach(p -> err.println(message(p)));
            return BAD_INPUT;
        }
        if (outcome instanceof CommandOutcome.Conflict conflict) {
            out.println("Not recorded: " + id + " is at version " + conflict.actualVersion() + ", not "
                    + conflict.expectedVersion() + "; look at its status and try again.");
            return REFUSED;
        }
        if (outcome instanceof CommandOutcome.Failed failed) {
            out.println("Not recorded: a workflow guard failed while judging this step (a fault, not a refusal):");
            Printing.failures(out, failed.failures(), "  ");
            Printing.reasons(out, failed.reasons(), "  ");
            return REFUSED;
        }
        out.println("Refused:");
        Printing.reasons(out, ((CommandOutcome.Refused) outcome).reasons(), "  ");
        return REFUSED;
    }
}
