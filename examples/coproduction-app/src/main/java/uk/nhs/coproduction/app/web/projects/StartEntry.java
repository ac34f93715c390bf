package uk.nhs.coproduction.app.web.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.CommandDescriptions;
import uk.nhs.coproduction.app.projectcommands.FieldProblem;
import uk.nhs.coproduction.app.projectcommands.Reading;
import uk.nhs.coproduction.app.web.site.FieldError;
import uk.nhs.coproduction.model.validation.ModelValidator;
import uk.nhs.coproduction.model.validation.ValidationResult;

/**
 * A new project as entered in the "start a project" form or sent to the API: the project's id,
 * and the library's command read through the one description of starting a project
 * ({@link CommandDescriptions#start()}, which the command line's {@code start-project} reads
 * through too), so both say the same thing about the same field.
 *
 * @param id the project's id
 * @param command the library's command: organisation, title, area of focus and start date
 */
record StartEntry(ProjectId id, StartProjectCommand command) {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String ORGANISATION = "organisation";
    static final String AREA_OF_FOCUS = "areaOfFocus";
    static final String STARTED_ON = "startedOn";

    /** The form's order, in which its errors are listed. */
    private static final List<String> ORDER = List.of(ID, TITLE, ORGANISATION, AREA_OF_FOCUS, STARTED_ON);

    /**
     * Checks what was entered; null is a field left out, and a blank start date is today. The id is
     * the project's address, not part of the command, so it is checked here; every other field is
     * read by the command's description, then the command is checked against the library's own
     * constraints (such as the title's length), as every other form's command is.
     *
     * Free text that looks like contact details or an NHS number is kept only if {@code confirmed}.
     *
     * @return the entry, every field that is wrong (with messages that never repeat what was
     *     entered), or, when all else is right, every field that looks personal and was not confirmed
     */
    static Checked<StartEntry> check(@Nullable String id, @Nullable String title, @Nullable String organisation,
            @Nullable String areaOfFocus, @Nullable String startedOn, LocalDate today, boolean confirmed) {
        List<FieldError> errors = new ArrayList<>();
        String idText = id == null ? "" : id.strip();
        String problem = idText.isEmpty() ? "is missing" : ProjectId.problemWith(idText);
        if (problem != null) {
            errors.add(new FieldError(ID, "Give the project an id of 1 to 64 lower-case letters, digits or "
                    + "hyphens, such as ward-7-contact" + (problem.contains("reserve") ? ", that is not a name file systems reserve"
                    : "")));
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        given(values, TITLE, title);
        given(values, ORGANISATION, organisation);
        given(values, AREA_OF_FOCUS, areaOfFocus);
        given(values, STARTED_ON, startedOn);
        CommandDescription start = CommandDescriptions.start();
        Reading reading = start.read(values, today, confirmed);
        StartProjectCommand command = null;
        if (reading instanceof Reading.Problems problems) {
            for (FieldProblem each : problems.problems()) {
                errors.add(new FieldError(each.field(), each.message()));
            }
        } else if (reading instanceof Reading.PersonalDetails personal) {
            if (errors.isEmpty()) {
                return new Checked.Unconfirmed<>(personal.warnings());
            }
        } else {
            command = (StartProjectCommand) ((Reading.Command) reading).command();
            ValidationResult<ProjectCommand> validation = ModelValidator.standard().validate((ProjectCommand) command);
            if (validation instanceof ValidationResult.Refused<ProjectCommand> refused) {
                for (FieldProblem each : start.violations(refused.problems())) {
                    errors.add(new FieldError(each.field(), each.message()));
                }
            }
        }
        errors.sort(Comparator.comparingInt(error -> position(error.field())));
        StartProjectCommand read = command;
        return Checked.of(errors, () -> new StartEntry(ProjectId.of(idText), read));
    }

    private static void given(Map<String, List<String>> values, String field, @Nullable String value) {
        if (value != null) {
            values.put(field, List.of(value));
        }
    }

    private static int position(String field) {
        int at = ORDER.indexOf(field);
        return at < 0 ? ORDER.size() : at;
    }
}
