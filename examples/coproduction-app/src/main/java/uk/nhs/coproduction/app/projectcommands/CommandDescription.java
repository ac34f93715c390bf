package uk.nhs.coproduction.app.projectcommands;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.ProjectStatus;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.personaldetails.PersonalDetailsCheck;
import uk.nhs.coproduction.model.validation.Violation;

/**
 * The one description of one of the library's project commands: its name, what it is for, its
 * fields, the phases it belongs to, and how the values read become the command. The same
 * description drives the web page's form, the API's {@code POST /api/projects/{id}/commands/{id}}
 * and the command line's {@code always-events} subcommand of the same name, so all three read,
 * check and answer alike: the text of each field is read into the library's type
 * ({@link CommandField}), the command is built and handed to the project, whose Bean Validation
 * and rules decide, and each broken constraint or refusal is placed on the field it concerns.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommandDescription {

    /** When a form can be used, by the project's status. */
    public enum Standing {
        /** While the project is active (most commands). */
        ACTIVE,
        /** While it is paused (resuming). */
        PAUSED,
        /** Until it is closed (closing). */
        NOT_CLOSED
    }

    private final String id;
    private final Class<? extends ProjectCommand> command;
    private final String title;
    private final String description;
    private final String button;
    private final List<CommandField> fields;
    private final Phase from;
    private final boolean onlyInFrom;
    private final Set<Phase> phases;
    private final Standing standing;
    private final boolean onPage;
    private final Map<String, String> reasonFields;
    private final Map<String, String> violationFields;
    private final Function<Entered, ProjectCommand> build;

    private CommandDescription(Builder b, Function<Entered, ProjectCommand> build) {
        this.id = b.id;
        this.command = b.command;
        this.title = b.title;
        this.description = b.description;
        this.button = b.button;
        this.fields = List.copyOf(b.fields);
        this.from = b.from;
        this.onlyInFrom = b.onlyInFrom;
        this.phases = Set.copyOf(b.phases);
        this.standing = b.standing;
        this.onPage = b.onPage;
        this.reasonFields = Map.copyOf(b.reasonFields);
        this.violationFields = Map.copyOf(b.violationFields);
        this.build = build;
    }

    /** A form for {@code command}, at the address {@code id}, called {@code title}. */
    static Builder of(String id, Class<? extends ProjectCommand> command, String title) {
        return new Builder(id, command, title);
    }

    /** Its id, the last segment of its address, such as {@code appoint-executive-sponsor}. */
    public String id() {
        return id;
    }

    /** The library command it makes. */
    public Class<? extends ProjectCommand> command() {
        return command;
    }

    /** What it does, such as "Appoint the executive sponsor". */
    public String title() {
        return title;
    }

    /** What it is for, in a sentence or two. */
    public String description() {
        return description;
    }

    /** The words on its button. */
    public String button() {
        return button;
    }

    /** Its fields, in order. */
    public List<CommandField> fields() {
        return fields;
    }

    /** The field called {@code name}. */
    public CommandField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the form " + id + " has no field " + name));
    }

    /** Whether the project page shows it (measurements and steps have forms of their own there). */
    public boolean onPage() {
        return onPage;
    }

    /** Whether it belongs to the work of {@code phase}, so the page shows it among that phase's forms. */
    public boolean belongsTo(Phase phase) {
        return phases.contains(phase);
    }

    /** Whether it belongs to no phase's work: a record that can be made at any time. */
    public boolean anyTime() {
        return phases.isEmpty();
    }

    /**
     * Whether it is offered for the project as it is: its status allows it, the project has
     * reached the phase it needs, and every field that must be chosen from has a choice. (The
     * library decides; a command that is not offered can still be sent, and is refused with its
     * reasons.)
     */
    public boolean offered(AlwaysEventProject project) {
        boolean status = switch (standing) {
            case ACTIVE -> project.status() == ProjectStatus.ACTIVE;
            case PAUSED -> project.status() == ProjectStatus.PAUSED;
            case NOT_CLOSED -> project.status() != ProjectStatus.CLOSED;
        };
        boolean phase = onlyInFrom ? project.phase() == from : project.phase().compareTo(from) >= 0;
        return status && phase
                && fields.stream().noneMatch(f -> f.needsChoice() && f.choicesFor(project).isEmpty());
    }

    /**
     * Reads what was given, field by field, and builds the library's command, as
     * {@link #read(Map, LocalDate, boolean)} does without confirmation of personal details.
     *
     * @param values the values given for each field's name; a field left out has none
     * @param today the date a date left out stands for, where a date may be left out
     * @return the command, every field that could not be read, or every free-text field that
     *     looks like it holds contact details or an NHS number
     */
    public Reading read(Map<String, List<String>> values, LocalDate today) {
        return read(values, today, false);
    }

    /**
     * Reads what was given, field by field, and builds the library's command. This is the one
     * place the web form, the API and the command line check free text (each {@link CommandField}
     * whose type {@link CommandField.Type#isFreeText() is free text}) for contact details and NHS
     * numbers before anything is stored: unless {@code personalDetailsConfirmed}, such text is
     * answered with {@link Reading.PersonalDetails} and no command. Fields that cannot be read
     * are answered first.
     *
     * @param values the values given for each field's name; a field left out has none
     * @param today the date a date left out stands for, where a date may be left out
     * @param personalDetailsConfirmed whether the person confirmed that the text may be kept as it is
     * @return the command, every field that could not be read, or every free-text field that
     *     looks like it holds contact details or an NHS number
     */
    public Reading read(Map<String, List<String>> values, LocalDate today, boolean personalDetailsConfirmed) {
        List<FieldProblem> problems = new ArrayList<>();
        List<PersonalDetailsWarning> warnings = new ArrayList<>();
        Map<String, @Nullable Object> read = new LinkedHashMap<>();
        for (CommandField field : fields) {
            CommandField.Read one = field.read(values.getOrDefault(field.name(), List.of()), today);
            if (one.problem() != null) {
                problems.add(field.problem(one.problem()));
            } else {
                read.put(field.name(), one.value());
                if (field.type().isFreeText() && one.value() instanceof String text) {
                    PersonalDetailsCheck check = PersonalDetailsCheck.of(text);
                    if (!check.isClear()) {
                        warnings.add(new PersonalDetailsWarning(field.name(), field.label(), check.kinds()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Reading.Problems(problems);
        }
        if (!warnings.isEmpty() && !personalDetailsConfirmed) {
            return new Reading.PersonalDetails(warnings);
        }
        return new Reading.Command(build.apply(new Entered(read)));
    }

    /** Each broken constraint of the command, on the field it concerns, with the field's label. */
    public List<FieldProblem> violations(List<Violation> violations) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Violation violation : violations) {
            String name = violationFields.getOrDefault(violation.path(), violation.path());
            String label = fields.stream().filter(f -> f.name().equals(name)).map(CommandField::label).findFirst()
                    .orElse(words(name));
            problems.add(new FieldProblem(name, label + ": " + violation.message(), violation.message()));
        }
        return problems;
    }

    /** A component's name in words, such as "Next review by" for {@code nextReviewBy}. */
    public static String words(String name) {
        StringBuilder text = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                text.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                text.append(' ').append(Character.toLowerCase(c));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** The field a refusal's reason concerns, or "" for the command as a whole. */
    public String fieldOf(Reason reason) {
        return reasonFields.getOrDefault(reason.code(), "");
    }

    @Override
    public String toString() {
        return "CommandDescription[" + id + " -> " + command.getSimpleName() + "]";
    }

    /**
     * The values read from a form's fields, typed, for building the command. A field that was
     * left out and may be is null (or an empty set).
     */
    static final class Entered {

        private final Map<String, @Nullable Object> values;

        Entered(Map<String, @Nullable Object> values) {
            this.values = values;
        }

        private @Nullable Object value(String name) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no field " + name);
            }
            return values.get(name);
        }

        /** A text field. */
        @Nullable String text(String name) {
            return (String) value(name);
        }

        /** A date field. */
        @Nullable LocalDate date(String name) {
            return (LocalDate) value(name);
        }

        /** A whole number (a required field, read already). */
        int count(String name) {
            return (Integer) Objects.requireNonNull(value(name), name);
        }

        /** A number (a required field, read already). */
        double number(String name) {
            return (Double) Objects.requireNonNull(value(name), name);
        }

        /** A number that may be left out: null then. */
        @Nullable Double optionalNumber(String name) {
            return (Double) value(name);
        }

        /** Yes or no (a required field, read already). */
        boolean yes(String name) {
            return (Boolean) Objects.requireNonNull(value(name), name);
        }

        /** A pseudonymous id. */
        @Nullable PartnerId partner(String name) {
            return (PartnerId) value(name);
        }

        /** Pseudonymous ids, never null. */
        @SuppressWarnings("unchecked")
        Set<PartnerId> partners(String name) {
            return (Set<PartnerId>) Objects.requireNonNull(value(name), name);
        }

        /** Roles, never null. */
        @SuppressWarnings("unchecked")
        Set<Role> roles(String name) {
            Set<Role> roles = (Set<Role>) Objects.requireNonNull(value(name), name);
            return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        }

        /** A progress score. */
        @Nullable ProgressScore score(String name) {
            return (ProgressScore) value(name);
        }

        /** One of an enumeration's constants, chosen by name. */
        <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
            String code = (String) value(name);
            return code == null ? null : Enum.valueOf(type, code);
        }
    }

    /** Builds a form's definition, field by field. */
    static final class Builder {

        private static final String TODAY_HINT = "Year-month-day, such as 2024-04-01. Leave it empty for today.";

        private final String id;
        private final Class<? extends ProjectCommand> command;
        private final String title;
        private String description = "";
        private String button;
        private final List<CommandField> fields = new ArrayList<>();
        private Phase from = Phase.SET_UP_AND_OVERSIGHT;
        private boolean onlyInFrom;
        private final Set<Phase> phases = EnumSet.noneOf(Phase.class);
        private Standing standing = Standing.ACTIVE;
        private boolean onPage = true;
        private final Map<String, String> reasonFields = new LinkedHashMap<>();
        private final Map<String, String> violationFields = new LinkedHashMap<>();

        private Builder(String id, Class<? extends ProjectCommand> command, String title) {
            this.id = id;
            this.command = command;
            this.title = title;
            this.button = title;
        }

        /** What the form is for. */
        Builder description(String text) {
            this.description = text;
            return this;
        }

        /** The words on the button (the title by default). */
        Builder button(String text) {
            this.button = text;
            return this;
        }

        /** The phases whose work it is: the page shows it among their forms. */
        Builder belongsTo(Phase... work) {
            phases.addAll(List.of(work));
            return this;
        }

        /** The first phase it can be used in (set-up by default). */
        Builder from(Phase phase) {
            this.from = phase;
            return this;
        }

        /** The only phase it can be used in. */
        Builder onlyIn(Phase phase) {
            this.from = phase;
            this.onlyInFrom = true;
            return this;
        }

        /** When, by the project's status, it can be used (while active by default). */
        Builder standing(Standing when) {
            this.standing = when;
            return this;
        }

        /** Not shown among the project page's forms, which has its own form for the command. */
        Builder notOnPage() {
            this.onPage = false;
            return this;
        }

        /** A refusal with this code concerns this field. */
        Builder reason(String code, String field) {
            reasonFields.put(code, field);
            return this;
        }

        /** A broken constraint at this path (such as a class-level check) concerns this field. */
        Builder violation(String path, String field) {
            violationFields.put(path, field);
            return this;
        }

        /** One line of text. */
        Builder text(String name, String label, @Nullable String hint, String missing) {
            return add(name, label, hint, CommandField.Type.TEXT, true, missing);
        }

        /** A short label or id, such as a period or a site id. */
        Builder code(String name, String label, @Nullable String hint, String missing) {
            return add(name, label, hint, CommandField.Type.CODE, true, missing);
        }

        /** A short label or id that may be left out. */
        Builder optionalCode(String name, String label, @Nullable String hint) {
            return add(name, label, hint, CommandField.Type.CODE, false, "");
        }

        /** One line of text that may be left out. */
        Builder optionalText(String name, String label, @Nullable String hint) {
            return add(name, label, hint, CommandField.Type.TEXT, false, "");
        }

        /** Text of one or more paragraphs. */
        Builder paragraph(String name, String label, @Nullable String hint, String missing) {
            return add(name, label, hint, CommandField.Type.PARAGRAPH, true, missing);
        }

        /** A date that must be given. */
        Builder date(String name, String label, @Nullable String hint, String missing) {
            return add(name, label, hint, CommandField.Type.DATE, true, missing);
        }

        /** A date that may be left out. */
        Builder optionalDate(String name, String label, @Nullable String hint) {
            return add(name, label, hint, CommandField.Type.DATE, false, "");
        }

        /** The date it happened: today when left out. */
        Builder when(String name, String label) {
            return add(name, label, TODAY_HINT, CommandField.Type.DATE_OR_TODAY, false, "");
        }

        /** A whole number, 0 or more. */
        Builder count(String name, String label, @Nullable String hint, String missing) {
            return add(name, label, hint, CommandField.Type.WHOLE_NUMBER, true, missing);
        }

        /** A number such as 95 or 92.5. */
        Builder number(String name, String label, @Nullable String hint, String missing) {
            return add(name, label, hint, CommandField.Type.NUMBER, true, missing);
        }

        /** A number that may be left out. */
        Builder optionalNumber(String name, String label, @Nullable String hint) {
            return add(name, label, hint, CommandField.Type.NUMBER, false, "");
        }

        /** A pseudonymous partner id. */
        Builder partner(String name, String label, @Nullable String hint, String missing) {
            return add(name, label, hint, CommandField.Type.PARTNER, true, missing);
        }

        /** Pseudonymous partner ids, possibly none. */
        Builder partners(String name, String label, @Nullable String hint) {
            return add(name, label, hint, CommandField.Type.PARTNERS, false, "");
        }

        /** Roles, at least one. */
        Builder roles(String name, String label, @Nullable String hint, String missing) {
            add(name, label, hint, CommandField.Type.ROLES, true, missing);
            return taking(CommandChoices.roles());
        }

        /** One of fixed choices. */
        Builder choice(String name, String label, @Nullable String hint, String missing, List<CommandField.Choice> choices) {
            add(name, label, hint, CommandField.Type.CHOICE, true, missing);
            return taking(choices);
        }

        /** Yes or no. */
        Builder yesNo(String name, String label, @Nullable String hint, String missing) {
            add(name, label, hint, CommandField.Type.YES_NO, true, missing);
            return taking(List.of(new CommandField.Choice("yes", "Yes"), new CommandField.Choice("no", "No")));
        }

        /** A progress score on the IHI scale. */
        Builder score(String name, String label, @Nullable String hint, String missing) {
            add(name, label, hint, CommandField.Type.SCORE, true, missing);
            return taking(CommandChoices.scores());
        }

        /** The last field is chosen from the project's own items; the form is offered only when there are some. */
        Builder choosingFrom(Function<AlwaysEventProject, List<CommandField.Choice>> from) {
            return choices(from, true);
        }

        /** The last field offers the project's own items as choices, with a text input when there are none. */
        Builder suggesting(Function<AlwaysEventProject, List<CommandField.Choice>> from) {
            return choices(from, false);
        }

        private Builder taking(List<CommandField.Choice> values) {
            fields.add(fields.remove(fields.size() - 1).taking(values));
            return this;
        }

        private Builder choices(Function<AlwaysEventProject, List<CommandField.Choice>> from, boolean needed) {
            CommandField last = fields.remove(fields.size() - 1);
            fields.add(needed ? last.choosingFrom(from) : last.suggesting(from));
            return this;
        }

        private Builder add(String name, String label, @Nullable String hint, CommandField.Type type, boolean required,
                String missing) {
            if (fields.stream().anyMatch(f -> f.name().equals(name))) {
                throw new IllegalArgumentException("the form " + id + " has two fields called " + name);
            }
            fields.add(new CommandField(name, label, hint, type, required, missing, List.of(), CommandField.FREE, false));
            return this;
        }

        /** The definition, making its command from the values read. */
        CommandDescription builds(Function<Entered, ProjectCommand> make) {
            return new CommandDescription(this, make);
        }
    }
}
