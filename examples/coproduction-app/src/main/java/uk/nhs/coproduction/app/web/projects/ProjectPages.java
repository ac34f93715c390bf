package uk.nhs.coproduction.app.web.projects;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.ProjectListing;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.Refusals;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScale;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.PhaseChange;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.workflow.GuardFailure;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.app.alwaysevents.Printing;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.CommandDescriptions;
import uk.nhs.coproduction.app.projectcommands.CommandField;
import uk.nhs.coproduction.app.web.server.Form;
import uk.nhs.coproduction.app.web.server.Parameters;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.server.Templates;
import uk.nhs.coproduction.app.web.signin.SignedIn;
import uk.nhs.coproduction.app.web.site.FieldError;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Navigation;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The Always Events&reg; project pages:
 * <ul>
 *   <li>{@code GET /projects}: every project with its phase, status and progress score; the way
 *       to load the Humber demonstration project; and a form to start a project;</li>
 *   <li>{@code POST /projects}: starts a project (303 to its page), or the form again with each
 *       error next to its field (422);</li>
 *   <li>{@code POST /projects/load-demonstration}: loads the Humber demonstration project, 303 to
 *       its page;</li>
 *   <li>{@code GET /projects/{id}}: a project's page;</li>
 *   <li>{@code POST /projects/{id}/measurements}: records a period's measurement (303 back to the
 *       page), or the page with each error next to its field (422), or with a conflict message
 *       when the form was for an earlier version (409); nothing is saved unless all is well;</li>
 *   <li>{@code POST /projects/{id}/transitions/{transition}}: takes a step (303 back), or the page
 *       with every reason it was refused (422) or the conflict (409);</li>
 *   <li>{@code POST /projects/{id}/commands/{command}}: records what one of the command forms
 *       says (see {@link CommandDescriptions}: the sponsor, the team, what matters, the Always Event, the
 *       driver diagram, PDSA cycles, spread sites, sustain reviews, the progress score, "you said,
 *       we did", approvals, pausing, resuming and closing), 303 back to the page; or the page with
 *       the form open and each error next to its field (422), or the conflict (409).</li>
 * </ul>
 * Every page here needs someone signed in ({@link uk.nhs.coproduction.app.web.signin.Gate}), and
 * what is done is recorded as them: each command goes through the access policy with the signed-in
 * person's {@link uk.nhs.coproduction.alwaysevents.access.Principal}, and one it refuses comes back
 * as the page with the reason (403), nothing recorded. Partners' ids are shown only to members of
 * the project.
 */
public final class ProjectPages {

    static final String VERSION_FIELD = "version";
    /** The error summary's link for a measurement refused as a whole (a conflict, a paused project). */
    static final String MEASUREMENT_FORM = "record-measurement";
    /** The error summary's link for a step's conflict. */
    static final String NEXT_STEPS = "next-steps";

    private static final Logger LOG = Logger.getLogger("uk.nhs.coproduction.app.web");

    private final ProjectStore store;
    private final Templates templates;

    /**
     * The pages over a store of projects.
     *
     * @param store the projects, opened when first needed
     * @param templates the site's templates
     */
    public ProjectPages(ProjectStore store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    /** The path of a project's page. */
    static String href(ProjectId id) {
        return "/projects/" + id.value();
    }

    /** {@code GET /projects}. */
    public Reply list(Request request) {
        return listPage(request, 200, FormErrors.NONE, ProjectList.StartForm.EMPTY, null);
    }

    private Reply listPage(Request request, int status, FormErrors errors, ProjectList.StartForm start, @Nullable String notice) {
        List<ProjectList.Row> rows = new ArrayList<>();
        List<ProjectList.Damaged> damaged = new ArrayList<>();
        List<String> recoveries = new ArrayList<>();
        Optional<AlwaysEventProjects> opened = store.existing();
        if (opened.isPresent()) {
            AlwaysEventProjects projects = opened.get();
            WorkflowDefinition definition = projects.definition();
            for (ProjectListing listing : store.listing()) {
                if (listing instanceof ProjectListing.Damaged bad) {
                    damaged.add(new ProjectList.Damaged(bad.id().value(), bad.problem(), bad.whatToDo()));
                    continue;
                }
                ProjectListing.Readable readable = (ProjectListing.Readable) listing;
                AlwaysEventProject p = readable.project();
                ProjectId id = p.id();
                readable.recoveryMade().ifPresent(r -> recoveries.add(r.describe()));
                rows.add(new ProjectList.Row(id.value(), href(id),
                        p.profile().title(), p.profile().organisation(), definition.phase(p.phase()).name(), words(p),
                        p.progressScore().map(c -> c.score() + " " + ProgressScale.standard().level(c.score()).label())
                                .orElse("Not set yet")));
            }
        }
        boolean loaded = rows.stream().anyMatch(r -> r.id().equals(ProjectStore.DEMONSTRATION.value()));
        ProjectList model = new ProjectList(new Page("Always Events projects", Navigation.PROJECTS, errors.any()).forRequest(request), rows,
                store.data().root().toString(), loaded, errors, start, notice, damaged, recoveries);
        return Reply.html(status, templates.render("projects/list.jte", model));
    }

    private static String words(AlwaysEventProject project) {
        return switch (project.status()) {
            case ACTIVE -> "Active";
            case PAUSED -> "Paused";
            case CLOSED -> "Closed";
        };
    }

    /** {@code POST /projects}. */
    public Reply start(Request request) throws IOException {
        Parameters fields = request.form().fields();
        boolean confirmed = confirmed(fields);
        ProjectList.StartForm values = new ProjectList.StartForm(fields.text(StartEntry.ID, ""),
                fields.text(StartEntry.TITLE, ""), fields.text(StartEntry.ORGANISATION, ""),
                fields.text(StartEntry.AREA_OF_FOCUS, ""), fields.text(StartEntry.STARTED_ON, ""), confirmed, confirmed);
        Checked<StartEntry> checked = StartEntry.check(values.id(), values.title(), values.organisation(),
                values.areaOfFocus(), values.startedOn(), store.today(), confirmed);
        if (checked instanceof Checked.Invalid<StartEntry> invalid) {
            return listPage(request, 422, FormErrors.of(invalid.errors()), values, null);
        }
        if (checked instanceof Checked.Unconfirmed<StartEntry> unconfirmed) {
            return listPage(request, 422, FormErrors.of(unconfirmed.errors()), values.asking(), null);
        }
        StartEntry entry = ((Checked.Valid<StartEntry>) checked).value();
        CommandOutcome outcome = store.open().handle(entry.id(), 0, SignedIn.of(request).principalOn(entry.id()), entry.command());
        if (outcome instanceof CommandOutcome.Recorded) {
            return Reply.redirect(303, href(entry.id()) + "?started=yes");
        }
        List<FieldError> errors = new ArrayList<>();
        if (outcome instanceof CommandOutcome.Invalid invalid) {
            errors.addAll(Outcomes.violations(invalid));
        } else if (Outcomes.byPolicy(outcome)) {
            outcome.reasons().forEach(r -> errors.add(new FieldError(StartEntry.ID, r.message())));
            return listPage(request, 403, FormErrors.of(errors), values, null);
        } else {
            errors.add(new FieldError(StartEntry.ID, "There is already a project with this id: choose another, or open "
                    + "it from the list"));
        }
        return listPage(request, outcome instanceof CommandOutcome.Invalid ? 422 : 409, FormErrors.of(errors), values, null);
    }

    /** {@code POST /projects/load-demonstration}. */
    public Reply loadDemonstration(Request request) {
        Outcomes.requireLead(request, null);
        Optional<AlwaysEventProject> loaded = store.loadDemonstration();
        return Reply.redirect(303, href(ProjectStore.DEMONSTRATION) + (loaded.isPresent() ? "?loaded=yes" : ""));
    }

    /** {@code GET /projects/{id}}. */
    public Reply project(Request request) {
        AlwaysEventProject project = find(request);
        int rows = TablePage.requested(request.query().text(TablePage.PARAMETER, ""));
        return page(request, 200, project, FormErrors.NONE, notice(request.query(), project),
                new Shown(ProjectPage.MeasurementForm.EMPTY, null, rows));
    }

    /** {@code POST /projects/{id}/measurements}. */
    public Reply recordMeasurement(Request request) throws IOException {
        AlwaysEventProject project = find(request);
        Parameters fields = request.form().fields();
        ProjectPage.MeasurementForm values = new ProjectPage.MeasurementForm(
                fields.text(MeasurementEntry.PERIOD, ""), fields.text(MeasurementEntry.NUMERATOR, ""),
                fields.text(MeasurementEntry.DENOMINATOR, ""));
        long version = version(fields);
        Checked<MeasurementEntry> checked = MeasurementEntry.check(values.period(), values.numerator(),
                values.denominator());
        if (checked instanceof Checked.Invalid<MeasurementEntry> invalid) {
            return page(request, 422, project, FormErrors.of(invalid.errors()), null, new Shown(values, null));
        }
        MeasurementEntry entry = ((Checked.Valid<MeasurementEntry>) checked).value();
        CommandOutcome outcome = store.open().handle(project.id(), version, SignedIn.of(request).principalOn(project.id()),
                entry.command());
        if (outcome instanceof CommandOutcome.Recorded) {
            return Reply.redirect(303, href(project.id()) + "?recorded="
                    + URLEncoder.encode(entry.period(), StandardCharsets.UTF_8) + "#measurements");
        }
        return notRecorded(request, outcome, MEASUREMENT_FORM, new Shown(values, null), Outcomes::violations,
                reason -> new FieldError(reason.code().equals(Refusals.MEASUREMENT_ALREADY_RECORDED)
                        ? MeasurementEntry.PERIOD : MEASUREMENT_FORM, reason.message()));
    }

    /** {@code POST /projects/{id}/transitions/{transition}}. */
    public Reply takeStep(Request request) throws IOException {
        AlwaysEventProject project = find(request);
        AlwaysEventProjects projects = store.open();
        Transition transition = projects.definition().transition(request.pathParameter("transition"))
                .orElseThrow(() -> new RequestRefused(404, "The workflow has no step at this address. Go back to the "
                        + "project's page and choose one of its next steps."));
        long version = version(request.form().fields());
        CommandOutcome outcome = projects.handle(project.id(), version, SignedIn.of(request).principalOn(project.id()),
                new TakeTransitionCommand(transition.id(), store.today()));
        if (outcome instanceof CommandOutcome.Recorded) {
            return Reply.redirect(303, href(project.id()) + "?step=" + transition.id());
        }
        String anchor = "step-" + transition.id();
        return notRecorded(request, outcome, NEXT_STEPS, Shown.NOTHING, Outcomes::violations, reason -> new FieldError(
                anchor, "“" + transition.name() + "” was not taken: " + reason.message()));
    }

    /** {@code POST /projects/{id}/commands/{command}}. */
    public Reply command(Request request) throws IOException {
        AlwaysEventProject project = find(request);
        CommandDescription form = CommandDescriptions.byId(request.pathParameter("command")).filter(CommandDescription::onPage)
                .orElseThrow(() -> new RequestRefused(404, "There is no form at this address. Go back to the "
                        + "project's page and choose one of its forms."));
        Parameters fields = request.form().fields();
        long version = version(fields);
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (CommandField field : form.fields()) {
            values.put(field.name(), fields.all(field.name()));
        }
        boolean confirmed = confirmed(fields);
        Shown shown = new Shown(ProjectPage.MeasurementForm.EMPTY, new CommandFormView.Sent(form.id(), values, false,
                confirmed));
        Checked<ProjectCommand> checked = DescribedCommands.read(form, values, store.today(), confirmed);
        if (checked instanceof Checked.Invalid<ProjectCommand> invalid) {
            return page(request, 422, project, FormErrors.of(CommandFormView.onPage(form, invalid.errors())), null, shown);
        }
        if (checked instanceof Checked.Unconfirmed<ProjectCommand> unconfirmed) {
            // Nothing is recorded: the form comes back as it was sent, with the warning and the checkbox.
            Shown asking = new Shown(ProjectPage.MeasurementForm.EMPTY, new CommandFormView.Sent(form.id(), values,
                    true, false));
            return page(request, 422, project, FormErrors.of(CommandFormView.onPage(form, unconfirmed.errors())), null, asking);
        }
        CommandOutcome outcome = store.open().handle(project.id(), version, SignedIn.of(request).principalOn(project.id()),
                ((Checked.Valid<ProjectCommand>) checked).value());
        if (outcome instanceof CommandOutcome.Recorded recorded) {
            return Reply.redirect(303, href(project.id()) + "?done=" + recorded.project().version());
        }
        return notRecorded(request, outcome, form.id(), shown,
                invalid -> CommandFormView.onPage(form, DescribedCommands.violations(form, invalid.violations())),
                reason -> CommandFormView.onPage(form, List.of(new FieldError(form.fieldOf(reason), reason.message())))
                        .get(0));
    }

    /**
     * What the page shows in its forms besides the errors: the measurement form's values, and the
     * command form that was sent, if one was.
     */
    private record Shown(ProjectPage.MeasurementForm measurement, CommandFormView.@Nullable Sent sent, int rowsPage) {

        static final Shown NOTHING = new Shown(ProjectPage.MeasurementForm.EMPTY, null, 1);

        Shown(ProjectPage.MeasurementForm measurement, CommandFormView.@Nullable Sent sent) {
            this(measurement, sent, 1);
        }
    }

    /**
     * The project's page as it is now, with why a command was not recorded: a conflict (409) at
     * {@code wholeForm}, each broken constraint where {@code invalid} puts it, each reason where
     * {@code placed} puts it (422), or a guard that broke (500, a fault, also logged).
     */
    private Reply notRecorded(Request request, CommandOutcome outcome, String wholeForm, Shown shown,
            Function<CommandOutcome.Invalid, List<FieldError>> invalid, Function<Reason, FieldError> placed) {
        AlwaysEventProject now = find(request);
        List<FieldError> errors = new ArrayList<>();
        int status = 422;
        if (outcome instanceof CommandOutcome.Conflict conflict) {
            status = 409;
            errors.add(new FieldError(wholeForm, Outcomes.conflict(conflict)));
        } else if (outcome instanceof CommandOutcome.Invalid broken) {
            errors.addAll(invalid.apply(broken));
        } else if (Outcomes.byPolicy(outcome)) {
            status = 403;
        } else if (outcome instanceof CommandOutcome.Failed failed) {
            status = 500;
            LOG.warning("A workflow guard failed for " + now.id() + ": " + failed.failures());
            for (GuardFailure failure : failed.failures()) {
                errors.add(new FieldError(wholeForm, "It could not be checked, so nothing was recorded: a fault "
                        + "in the workflow, not a refusal (" + failure + ")"));
            }
        }
        reasons(outcome).forEach(reason -> errors.add(placed.apply(reason)));
        return page(request, status, now, FormErrors.of(errors), null, shown);
    }

    private static List<Reason> reasons(CommandOutcome outcome) {
        if (outcome instanceof CommandOutcome.Refused refused) {
            return refused.reasons();
        }
        if (outcome instanceof CommandOutcome.Failed failed) {
            return failed.reasons();
        }
        return List.of();
    }

    /** Whether the form's "I have checked this text" box was ticked. */
    private static boolean confirmed(Parameters fields) {
        return fields.text(Checked.CONFIRM_FIELD, "").equals("yes");
    }

    /** The version a form was made from; a form without one was not made by the page. */
    private static long version(Parameters fields) {
        String text = fields.text(VERSION_FIELD, "");
        Integer version = MeasurementEntry.count(text);
        if (version == null) {
            throw new RequestRefused(400, "The form did not say which version of the project it was made from. Go "
                    + "back to the project's page, reload it and try again.");
        }
        return version;
    }

    private AlwaysEventProject find(Request request) {
        return Outcomes.projectId(request.pathParameter("id")).flatMap(store::project)
                .orElseThrow(() -> new RequestRefused(404, "There is no project at this address. Go to the list of "
                        + "projects to find it, or start one."));
    }

    private Reply page(Request request, int status, AlwaysEventProject project, FormErrors errors, @Nullable String notice, Shown shown) {
        AlwaysEventProjects projects = store.open();
        ProjectSummary summary = ProjectSummary.of(project, projects.definition());
        ProjectView view = ProjectView.of(summary, projects.definition(),
                // Only the repair is wanted, not the log: the events after the project's own version are none.
                projects.store().readAfter(project.id(), project.version()).recoveryMade().orElse(null),
                shown.rowsPage(), seesIdsOf(request, projects, project));
        boolean seesIds = Outcomes.seesPartnerIds(request, projects, project);
        List<CommandFormView> phaseForms = new ArrayList<>();
        List<CommandFormView> anyTimeForms = new ArrayList<>();
        List<CommandFormView> otherPhaseForms = new ArrayList<>();
        for (CommandDescription form : CommandDescriptions.all()) {
            boolean sent = shown.sent() != null && shown.sent().form().equals(form.id());
            // A form that lists the partners by id is not shown to someone who may not see their ids.
            boolean namesPartners = form.fields().stream().anyMatch(f -> f.type() == CommandField.Type.PARTNER
                    || f.type() == CommandField.Type.PARTNERS);
            if (form.onPage() && (form.offered(project) || sent) && (seesIds || !namesPartners)) {
                List<CommandFormView> section = form.anyTime() ? anyTimeForms
                        : project.isActive() && form.belongsTo(project.phase()) ? phaseForms : otherPhaseForms;
                section.add(CommandFormView.of(form, project, shown.sent()));
            }
        }
        ProjectPage model = new ProjectPage(new Page(project.profile().title(), Navigation.PROJECTS, errors.any()).forRequest(request),
                view, errors, notice, shown.measurement(), phaseForms, anyTimeForms, otherPhaseForms);
        return Reply.html(status, templates.render("projects/project.jte", model));
    }

    private static boolean seesIdsOf(Request request, AlwaysEventProjects projects, AlwaysEventProject project) {
        return Outcomes.seesPartnerIds(request, projects, project);
    }

    /**
     * What was just done, from the address the form was redirected to, said only when the project
     * shows it was done (so a link cannot make the page claim something that did not happen).
     */
    private @Nullable String notice(Parameters query, AlwaysEventProject project) {
        Integer done = MeasurementEntry.count(query.text("done", ""));
        if (done != null && done == project.version()) {
            List<RecordedEvent> last = store.open().store().readAfter(project.id(), done - 1).events();
            return "Recorded as version " + done + ": " + Printing.describe(last.get(0).event()) + ".";
        }
        String period = query.first("recorded");
        if (period != null) {
            Optional<Measurement> recorded = project.measurement(period);
            if (recorded.isPresent()) {
                return "Recorded " + period + ": it happened for " + recorded.get().numerator() + " of "
                        + recorded.get().denominator() + " eligible people.";
            }
        }
        String step = query.first("step");
        if (step != null && !project.phaseHistory().isEmpty()) {
            PhaseChange last = project.phaseHistory().get(project.phaseHistory().size() - 1);
            if (last.transitionId().equals(step)) {
                WorkflowDefinition definition = store.open().definition();
                return "Step taken: " + definition.transition(step).map(Transition::name).orElse(step)
                        + ". The project is now in “" + definition.phase(last.to()).name() + "”.";
            }
        }
        if (query.has("loaded") && project.id().equals(ProjectStore.DEMONSTRATION)) {
            return "The demonstration project is loaded: Humber NHS Foundation Trust's Always Event, run from set-up "
                    + "to sustain with simulated measurements.";
        }
        if (query.has("started") && project.version() == 1) {
            return "The project is started. Its next steps below say what it needs before it can move on.";
        }
        return null;
    }
}
