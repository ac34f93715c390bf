package uk.nhs.coproduction.app.web.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.access.AccessPolicy;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.web.server.Problem;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.signin.SignedIn;
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

    /**
     * Whether the access policy refused the command (who gave it, not what the project's state
     * allows): answered 403, as any refusal of who someone is.
     */
    static boolean byPolicy(CommandOutcome outcome) {
        return outcome instanceof CommandOutcome.Refused refused && !refused.reasons().isEmpty()
                && refused.reasons().stream().allMatch(r -> AccessPolicy.REASON_CODES.contains(r.code()));
    }

    /**
     * Refuses (403) anyone signed in who is not a QI lead on {@code project} (organisation-wide when
     * null): for what is not a project command and so not in the policy (loading the
     * demonstration, erasing words).
     */
    static void requireLead(Request request, @Nullable ProjectId project) {
        if (!SignedIn.of(request).account().holds(ProjectRole.QI_LEAD, project)) {
            throw new RequestRefused(403, "Only a QI lead can do this (" + AccessPolicy.ROLE_NOT_PERMITTED
                    + "). Nothing was recorded.", List.of(Problem.Error.of("", AccessPolicy.ROLE_NOT_PERMITTED)));
        }
    }

    /** Whether the person signed in may see the partners' pseudonymous ids on the project (members only). */
    static boolean seesPartnerIds(Request request, AlwaysEventProjects projects, AlwaysEventProject project) {
        return request.attachment(SignedIn.class).map(who -> projects.accessPolicy()
                .canSeePartnerIds(who.principalOn(project.id()), project).isPermitted()).orElse(false);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
