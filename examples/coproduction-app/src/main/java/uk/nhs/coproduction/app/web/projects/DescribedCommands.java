package uk.nhs.coproduction.app.web.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.FieldProblem;
import uk.nhs.coproduction.app.projectcommands.Reading;
import uk.nhs.coproduction.app.web.site.FieldError;
import uk.nhs.coproduction.model.validation.Violation;

/**
 * The project commands' single descriptions ({@link CommandDescription}) as the web reads them:
 * what was entered in a form or sent as JSON, checked, with each problem as the page's and the
 * API's field error, named by the field's label.
 */
final class DescribedCommands {

    private DescribedCommands() {
    }

    /**
     * Reads what was entered for {@code command}'s fields; free text that looks personal is kept
     * only if {@code confirmed}.
     */
    static Checked<ProjectCommand> read(CommandDescription command, Map<String, List<String>> values, LocalDate today,
            boolean confirmed) {
        Reading reading = command.read(values, today, confirmed);
        if (reading instanceof Reading.Problems problems) {
            return new Checked.Invalid<>(errors(problems.problems()));
        }
        if (reading instanceof Reading.PersonalDetails personal) {
            return new Checked.Unconfirmed<>(personal.warnings());
        }
        return new Checked.Valid<>(((Reading.Command) reading).command());
    }

    /** Each broken constraint of {@code command}, on the field it concerns. */
    static List<FieldError> violations(CommandDescription command, List<Violation> violations) {
        return errors(command.violations(violations));
    }

    private static List<FieldError> errors(List<FieldProblem> problems) {
        return problems.stream().map(p -> new FieldError(p.field(), p.message())).toList();
    }
}
