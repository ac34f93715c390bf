package uk.nhs.coproduction.app.web.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.web.site.FieldError;
import uk.nhs.coproduction.model.validation.Violation;

/**
 * What the pages and the API share when they hand a command to a project: reading a project id
 * from an address, and saying in words why a command was not recorded.
 */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * The project id in an address, if it is a well-formed one. Anything else (a path, {@code ..},
     * capitals, a name file systems reserve) is no project at all, so no id from an address can
     * reach outside the data directory.
     */
    static Optional<ProjectId> projectId(String text) {
        return ProjectId.problemWith(text) == null ? Optional.of(ProjectId.of(text)) : Optional.empty();
    }

    /** Each violation of a command's constraints, on the field it concerns. */
    static List<FieldError> violations(CommandOutcome.Invalid invalid) {
        List<FieldError> errors = new ArrayList<>();
        for (Violation violation : invalid.violations()) {
            String field = switch (violation.path()) {
                case "numeratorWithinDenominator" -> MeasurementEntry.NUMERATOR;
                case "transitionId" -> "transition";
                default -> violation.path();
            };
            errors.add(new FieldError(field, capitalised(violation.toString())));
        }
        return errors;
    }

    /** What a conflict means and what to do: nothing was changed. */
    static String conflict(CommandOutcome.Conflict conflict) {
        return "This project changed while you were working on it: you saw version " + conflict.expectedVersion()
                + ", and it is now at version " + conflict.actualVersion() + ". Nothing was recorded. Look at the "
                + "project as it is now and try again.";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
