package uk.nhs.coproduction.app.web.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.CommandField;
import uk.nhs.coproduction.app.web.site.FieldError;

/**
 * A command form as the project page shows it ({@code projects/commandForm.jte}): a
 * {@code <details>} element whose summary is the form's title, open when the form was just sent
 * and refused, with each field as an input, a text area, radios or checkboxes. Input ids are the
 * form's id and the field's name ({@code appoint-executive-sponsor-sponsor}), so every id on the
 * page is unique and the error summary can link to each field.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the form's id, also the id of its {@code <details>} element (where errors about the
 *     whole command link to)
 * @param title what it does
 * @param description what it is for, or ""
 * @param action where it is sent
 * @param button the words on its button
 * @param open whether it is shown open (it was just sent and refused)
 * @param fields its fields, in order
 * @param confirm the checkbox confirming that text which looks personal may be kept, or null
 *     when the form has not been answered with that warning
 */
public record CommandFormView(String id, String title, String description, String action, String button, boolean open,
        List<Field> fields, @Nullable Confirm confirm) {

    /** Copies the list. */
    public CommandFormView {
        fields = List.copyOf(fields);
    }

    /**
     * One field.
     *
     * @param id the input's id (the first choice's, for radios and checkboxes)
     * @param name the name it is sent as
     * @param label its label, or the legend of its choices
     * @param hint what to enter, or null
     * @param widget {@code input}, {@code textarea}, {@code radios} or {@code checkboxes}
     * @param value what the input or text area shows
     * @param choices the radios or checkboxes, each with whether it is chosen
     * @param width the input's width class ({@code 4}, {@code 10} or {@code 20}), or null for full width
     * @param inputmode the input's {@code inputmode}, or null
     */
    public record Field(String id, String name, String label, @Nullable String hint, String widget, String value,
            List<Choice> choices, @Nullable String width, @Nullable String inputmode) {

        /** Copies the list. */
        public Field {
            choices = List.copyOf(choices);
        }
    }

    /**
     * One radio or checkbox.
     *
     * @param id its id
     * @param value the value it sends
     * @param label its label
     * @param checked whether it is chosen
     */
    public record Choice(String id, String value, String label, boolean checked) {
    }

    /**
     * The checkbox a person ticks to keep text that looks like contact details or an NHS number.
     *
     * @param id its id
     * @param name the name it is sent as
     * @param label what it says
     * @param checked whether it is ticked
     */
    public record Confirm(String id, String name, String label, boolean checked) {
    }

    /**
     * What was sent in a form that was refused, to show it again as it was.
     *
     * @param form the form's id
     * @param values the values sent, by field name
     * @param askToConfirm whether it was answered with the warning that text looks personal
     * @param confirmed whether the confirmation was ticked
     */
    record Sent(String form, Map<String, List<String>> values, boolean askToConfirm, boolean confirmed) {

        /** Copies the map. */
        Sent {
            values = Map.copyOf(values);
        }
    }

    /** The id of a field's input on the page. */
    static String inputId(CommandDescription form, String field) {
        return form.id() + "-" + field;
    }

    /**
     * Each error on the input it concerns; an error about the command as a whole ({@code ""}) on
     * the form itself, saying which form it is.
     */
    static List<FieldError> onPage(CommandDescription form, List<FieldError> errors) {
        List<FieldError> placed = new ArrayList<>();
        for (FieldError error : errors) {
            placed.add(error.field().isEmpty()
                    ? new FieldError(form.id(), "“" + form.title() + "” was not recorded: " + error.message())
                    : new FieldError(inputId(form, error.field()), error.message()));
        }
        return placed;
    }

    /** The most of a project's own items offered as radios or checkboxes; more, and the field is a text box. */
    static final int MOST_OFFERED = 12;
    /** How many of the latest items a text box's hint names when there are more than {@link #MOST_OFFERED}. */
    static final int LATEST_NAMED = 3;

    /** The form for {@code project}, empty, or as it was sent. */
    static CommandFormView of(CommandDescription form, AlwaysEventProject project, @Nullable Sent sent) {
        boolean mine = sent != null && sent.form().equals(form.id());
        List<Field> fields = new ArrayList<>();
        for (CommandField field : form.fields()) {
            List<String> values = mine ? sent.values().getOrDefault(field.name(), List.of()) : List.of();
            fields.add(field(form, field, project, values));
        }
        // Once asked, the checkbox stays (ticked as it was) while the form is refused for other reasons.
        Confirm confirm = mine && (sent.askToConfirm() || sent.confirmed())
                ? new Confirm(inputId(form, Checked.CONFIRM_FIELD), Checked.CONFIRM_FIELD, Checked.CONFIRM_LABEL,
                        sent.confirmed())
                : null;
        return new CommandFormView(form.id(), form.title(), form.description(),
                ProjectPages.href(project.id()) + "/commands/" + form.id(), form.button(), mine, fields, confirm);
    }

    private static Field field(CommandDescription form, CommandField field, AlwaysEventProject project, List<String> values) {
        String id = inputId(form, field.name());
        List<CommandField.Choice> offered = field.choicesFor(project);
        // The project's own items are offered as radios or checkboxes while they are few; past
        // MOST_OFFERED (a project with years of weekly measurements) the field is a text box whose
        // hint names the latest, so the page stays small however long the project's log grows.
        boolean many = offered.size() > MOST_OFFERED;
        String widget = switch (field.type()) {
            case PARAGRAPH -> "textarea";
            case ROLES -> "checkboxes";
            case PARTNERS -> offered.isEmpty() || many ? "input" : "checkboxes";
            case CHOICE, YES_NO, SCORE -> "radios";
            default -> offered.isEmpty() || many ? "input" : "radios";
        };
        String hint = field.hint();
        if (many && widget.equals("input")) {
            List<String> latest = offered.subList(offered.size() - LATEST_NAMED, offered.size()).stream()
                    .map(CommandField.Choice::value).toList();
            hint = (hint == null ? "" : hint + " ") + offered.size() + " to choose from; the latest: "
                    + String.join(", ", latest) + ".";
        }
        List<Choice> choices = new ArrayList<>();
        if (!widget.equals("input") && !widget.equals("textarea")) {
            for (int i = 0; i < offered.size(); i++) {
                CommandField.Choice choice = offered.get(i);
                boolean checked = values.stream().anyMatch(v -> CommandField.code(v).equals(CommandField.code(choice.value())));
                choices.add(new Choice(i == 0 ? id : id + "-" + (i + 1), choice.value(), choice.label(), checked));
            }
        }
        String width = switch (field.type()) {
            case DATE, DATE_OR_TODAY, PARTNER, CODE -> "10";
            case WHOLE_NUMBER, NUMBER -> "4";
            case PARTNERS -> "20";
            default -> null;
        };
        String inputmode = switch (field.type()) {
            case WHOLE_NUMBER -> "numeric";
            case NUMBER -> "decimal";
            default -> null;
        };
        String label = field.required() || field.type() == CommandField.Type.DATE_OR_TODAY || field.label().endsWith(
                "(optional)") ? field.label() : field.label() + " (optional)";
        return new Field(id, field.name(), label, hint, widget, String.join(", ", values), choices, width, inputmode);
    }
}
