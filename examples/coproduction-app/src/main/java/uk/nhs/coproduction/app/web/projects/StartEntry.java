package uk.nhs.coproduction.app.web.projects;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.web.site.FieldError;

/**
 * A new project as entered in the "start a project" form or sent to the API: its id, title,
 * organisation, area of focus and start date (today when not given), each checked with a message
 * that names the field and never repeats what was entered.
 *
 * @param id the project's id
 * @param title what it is about
 * @param organisation the organisation running it
 * @param areaOfFocus the service, unit or population it focuses on
 * @param startedOn when it started
 */
record StartEntry(ProjectId id, String title, String organisation, String areaOfFocus, LocalDate startedOn) {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String ORGANISATION = "organisation";
    static final String AREA_OF_FOCUS = "areaOfFocus";
    static final String STARTED_ON = "startedOn";

    /**
     * Checks what was entered; null is a field left out, and a blank start date is today.
     *
     * @return the entry, or every field that is wrong
     */
    static Checked<StartEntry> check(@Nullable String id, @Nullable String title, @Nullable String organisation,
            @Nullable String areaOfFocus, @Nullable String startedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String idText = strip(id);
        String problem = idText.isEmpty() ? "is missing" : ProjectId.problemWith(idText);
        if (problem != null) {
            errors.add(new FieldError(ID, "Give the project an id of 1 to 64 lower-case letters, digits or "
                    + "hyphens, such as ward-7-contact" + (problem.contains("reserve") ? ", that is not a name file systems reserve"
                    : "")));
        }
        String titleText = text(title, TITLE, "The title",
                "Give the project a title, such as Contact with people who matter to us", 200, errors);
        String organisationText = text(organisation, ORGANISATION, "The organisation",
                "Give the organisation running the project", 200, errors);
        String focusText = text(areaOfFocus, AREA_OF_FOCUS, "The area of focus",
                "Give the service, unit or population the project focuses on", 500, errors);
        LocalDate started = today;
        String dateText = strip(startedOn);
        if (!dateText.isEmpty()) {
            try {
                started = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(STARTED_ON, "Give the start date as year-month-day, such as 2024-04-01, or "
                        + "leave it empty for today"));
            }
        }
        LocalDate date = started;
        return Checked.of(errors, () -> new StartEntry(ProjectId.of(idText), titleText, organisationText, focusText,
                date));
    }

    private static String text(@Nullable String value, String field, String name, String missing, int most,
            List<FieldError> errors) {
        String text = strip(value);
        if (text.isEmpty()) {
            errors.add(new FieldError(field, missing));
        } else if (text.length() > most) {
            errors.add(new FieldError(field, name + " must be " + most + " characters or fewer"));
        }
        return text;
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** The library's command. */
    StartProjectCommand command() {
        return new StartProjectCommand(organisation, title, areaOfFocus, startedOn);
    }
}
