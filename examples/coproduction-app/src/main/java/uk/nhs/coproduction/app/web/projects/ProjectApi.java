package uk.nhs.coproduction.app.web.projects;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.ProjectListing;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.Refusals;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.MeasureDefinition;
import uk.nhs.coproduction.alwaysevents.report.MeasureSummary;
import uk.nhs.coproduction.alwaysevents.project.ErasedField;
import uk.nhs.coproduction.alwaysevents.project.ErasureReason;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.WordsErasedEvent;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.store.Erased;
import uk.nhs.coproduction.alwaysevents.store.Erasure;
import uk.nhs.coproduction.alwaysevents.store.ErasureResult;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.CommandDescriptions;
import uk.nhs.coproduction.app.projectcommands.PersonalDetailsWarning;
import uk.nhs.coproduction.app.web.server.ApiJson;
import uk.nhs.coproduction.app.web.server.Problem;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.signin.SignedIn;
import uk.nhs.coproduction.app.web.site.FieldError;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * The projects' JSON API, mirroring the pages:
 * <ul>
 *   <li>{@code GET /api/projects}: every project (id, title, phase, status, version, progress
 *       score);</li>
 *   <li>{@code POST /api/projects}: starts a project (201), {@code {"id", "title",
 *       "organisation", "areaOfFocus", "startedOn"?}};</li>
 *   <li>{@code POST /api/projects/load-demonstration}: loads the Humber demonstration project
 *       (201; 409 if it is there already);</li>
 *   <li>{@code GET /api/projects/{id}}: the project's state, phase and version;</li>
 *   <li>{@code GET /api/projects/{id}/measures}: every measure of the family with its role, latest
 *       value, icons, and (process and balancing) definition, values and chart;</li>
 *   <li>{@code GET /api/projects/{id}/transitions}: every step from its phase with its verdict,
 *       reasons (code, message, facts) and any guard failures;</li>
 *   <li>{@code POST /api/projects/{id}/measurements}: records a period's measurement (201),
 *       {@code {"expectedVersion", "period", "numerator", "denominator"}};</li>
 *   <li>{@code POST /api/projects/{id}/transitions/{transition}}: takes a step (200),
 *       {@code {"expectedVersion", "on"?}};</li>
 *   <li>{@code GET /api/projects/{id}/commands}: every command the project can be given, with its
 *       fields, their types and choices, and whether it is offered now;</li>
 *   <li>{@code POST /api/projects/{id}/commands/{command}}: gives the project one of them (200),
 *       {@code {"expectedVersion", …its fields}}, read and answered as the page's forms are
 *       ({@link CommandDescriptions}).</li>
 *   <li>{@code POST /api/projects/{id}/erasures}: erases words from the project's history, for
 *       the right to erasure (200), {@code {"targets": [{"version", "fields"?}, {"partner"}],
 *       "reason"}}; the answer names the fields erased, never the words. It needs no
 *       {@code expectedVersion}: it changes no decision, and appends are never lost to it.</li>
 * </ul>
 * Every call here needs {@code Authorization: Bearer <personal API token>}
 * ({@link uk.nhs.coproduction.app.web.signin.Gate}: 401 without one) and acts as the token's
 * account: a body that still names an {@code actor} is refused (422, naming the field), since what
 * is recorded is always recorded as the signed-in person. A command the access policy refuses is
 * 403 with every reason and its code (such as {@code ROLE_NOT_PERMITTED}), nothing recorded.
 * Errors are problem details: 400 for a malformed project id (never echoed), 404 for no such
 * project or step, 409 when {@code expectedVersion} is stale (with {@code currentVersion}) or the
 * project exists already, 422 naming each field for bad input, and 422 with every reason
 * ({@code reasons}: code, message, facts) when the project or the workflow refuses the change.
 * Free text that looks like contact details or an NHS number is answered 422 with the code
 * {@code personal-details-suspected} and {@code suspected} (each field and the kinds found),
 * unless the body has {@code "confirmPersonalDetails": true}; then it is stored as sent.
 * Nothing is recorded unless the answer is 200 or 201.
 */
public final class ProjectApi {

    private static final Set<String> MEASUREMENT_FIELDS = Set.of(JsonBody.EXPECTED_VERSION, MeasurementEntry.PERIOD,
            MeasurementEntry.NUMERATOR, MeasurementEntry.DENOMINATOR);
    private static final Set<String> ERASURE_FIELDS = Set.of("targets", "reason");
    private static final Set<String> TRANSITION_FIELDS = Set.of(JsonBody.EXPECTED_VERSION, "on");
    private static final Set<String> START_FIELDS = Set.of(StartEntry.ID, StartEntry.TITLE, StartEntry.ORGANISATION,
            StartEntry.AREA_OF_FOCUS, StartEntry.STARTED_ON, Checked.CONFIRM_FIELD);

    private final ProjectStore store;

    /** The API over a store of projects. */
    public ProjectApi(ProjectStore store) {
        this.store = store;
    }

    /** {@code GET /api/projects}. */
    public Reply list(Request request) {
        ObjectNode root = ApiJson.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("projects");
        Optional<AlwaysEventProjects> opened = store.existing();
        if (opened.isPresent()) {
            for (ProjectListing listing : store.listing()) {
                if (listing instanceof ProjectListing.Damaged bad) {
                    list.addObject().put("id", bad.id().value()).put("damaged", true).put("problem", bad.problem())
                            .put("whatToDo", bad.whatToDo());
                } else {
                    ProjectListing.Readable readable = (ProjectListing.Readable) listing;
                    ObjectNode listed = ProjectJson.listed(readable.project(), opened.get().definition());
                    readable.recoveryMade().ifPresent(r -> listed.put("recovery", r.describe()));
                    list.add(listed);
                }
            }
        }
        root.put("trademark", AlwaysEvents.TRADEMARK_NOTICE);
        return Reply.json(200, ApiJson.write(root));
    }

    /** {@code GET /api/projects/{id}}. */
    public Reply project(Request request) {
        AlwaysEventProject project = find(request);
        AlwaysEventProjects projects = store.open();
        WorkflowDefinition definition = projects.definition();
        return Reply.json(200, ApiJson.write(ProjectJson.state(ProjectSummary.of(project, definition), definition,
                Outcomes.seesPartnerIds(request, projects, project))));
    }

    /** {@code GET /api/projects/{id}/transitions}. */
    public Reply transitions(Request request) {
        AlwaysEventProject project = find(request);
        WorkflowDefinition definition = store.open().definition();
        return Reply.json(200, ApiJson.write(ProjectJson.transitions(project, definition.availableTransitions(project),
                definition)));
    }

    /**
     * {@code GET /api/projects/{id}/measures}: every measure of the family, the outcome
     * (reliability) first, each with its role, latest value and icons; the process and balancing
     * measures with their definition, values and chart.
     */
    public Reply measures(Request request) {
        AlwaysEventProject project = find(request);
        ProjectSummary summary = ProjectSummary.of(project, store.open().definition());
        ObjectNode root = ApiJson.MAPPER.createObjectNode();
        root.put("id", project.id().value()).put("version", project.version());
        ArrayNode list = root.putArray("measures");
        for (MeasureSummary measure : summary.measures()) {
            ObjectNode item = list.addObject();
            item.put("id", measure.id()).put("role", measure.role().name()).put("name", measure.name())
                    .put("unit", measure.unit());
            if (measure.latestPeriod().isPresent()) {
                item.putObject("latest").put("period", measure.latestPeriod().get())
                        .put("value", measure.latestValue().getAsDouble());
            } else {
                item.put("notCharted", measure.notCharted().orElse(""));
            }
            measure.variationIcon().ifPresent(v -> item.put("variationIcon", v.code()));
            measure.assuranceIcon().ifPresent(a -> item.put("assuranceIcon", a.code()));
            project.measure(measure.id()).ifPresent(m -> {
                MeasureDefinition d = m.definition();
                ObjectNode definition = item.putObject("definition");
                definition.put("operationalDefinition", d.operationalDefinition()).put("data", d.data().name())
                        .put("chartType", d.chartType().code()).put("rules", d.rules())
                        .put("improvement", d.improvement().code());
                if (d.target() != null) {
                    definition.put("target", d.target().doubleValue());
                }
                ArrayNode values = item.putArray("values");
                m.values().forEach(v -> values.addObject().put("period", v.period()).put("value", v.text()));
                measure.chart().ifPresent(chart -> {
                    ArrayNode points = item.putArray("chart");
                    chart.points().forEach(p -> {
                        ObjectNode point = points.addObject().put("period", p.period());
                        p.value().ifPresent(x -> point.put("value", x));
                        p.centre().ifPresent(x -> point.put("centre", x));
                        p.limits().ifPresent(l -> point.put("lower", l.lower()).put("upper", l.upper()));
                        p.pointType().ifPresent(t -> point.put("pointType", t.name()));
                    });
                });
            });
        }
        return Reply.json(200, ApiJson.write(root));
    }

    /** {@code POST /api/projects}. */
    public Reply start(Request request) throws IOException {
        JsonBody body = JsonBody.read(request, START_FIELDS);
        boolean confirmed = body.personalDetailsConfirmed();
        Checked<StartEntry> checked = StartEntry.check(body.text(StartEntry.ID), body.text(StartEntry.TITLE),
                body.text(StartEntry.ORGANISATION), body.text(StartEntry.AREA_OF_FOCUS),
                body.text(StartEntry.STARTED_ON), store.today(), confirmed);
        if (checked instanceof Checked.Invalid<StartEntry> invalid) {
            body.add(invalid.errors());
        }
        body.refuseIfAny();
        if (checked instanceof Checked.Unconfirmed<StartEntry> unconfirmed) {
            return suspected(request, unconfirmed.warnings());
        }
        StartEntry entry = ((Checked.Valid<StartEntry>) checked).value();
        if (store.project(entry.id()).isPresent()) {
            throw new RequestRefused(409, "There is already a project with this id.",
                    List.of(Problem.Error.of(StartEntry.ID, "is taken: choose another")));
        }
        return answer(request, entry.id(), 0, entry.command(), 201, "starting the project", Outcomes::violations,
                reason -> "");
    }

    /** {@code POST /api/projects/load-demonstration}. */
    public Reply loadDemonstration(Request request) {
        Outcomes.requireLead(request, null);
        AlwaysEventProject loaded = store.loadDemonstration().orElseThrow(() -> new RequestRefused(409,
                "There is already a project " + ProjectStore.DEMONSTRATION + ", the demonstration's id: GET "
                        + "/api/projects/" + ProjectStore.DEMONSTRATION + "."));
        AlwaysEventProjects projects = store.open();
        WorkflowDefinition definition = projects.definition();
        return Reply.json(201, ApiJson.write(ProjectJson.state(ProjectSummary.of(loaded, definition), definition,
                Outcomes.seesPartnerIds(request, projects, loaded))))
                .withHeader("Location", "/api/projects/" + loaded.id());
    }

    /** {@code POST /api/projects/{id}/measurements}. */
    public Reply recordMeasurement(Request request) throws IOException {
        AlwaysEventProject project = find(request);
        JsonBody body = JsonBody.read(request, MEASUREMENT_FIELDS);
        long version = body.expectedVersion();
        Checked<MeasurementEntry> checked = MeasurementEntry.check(body.text(MeasurementEntry.PERIOD),
                body.count(MeasurementEntry.NUMERATOR), body.count(MeasurementEntry.DENOMINATOR));
        if (checked instanceof Checked.Invalid<MeasurementEntry> invalid) {
            body.add(invalid.errors());
        }
        body.refuseIfAny();
        MeasurementEntry entry = ((Checked.Valid<MeasurementEntry>) checked).value();
        return answer(request, project.id(), version, entry.command(), 201, "recording the measurement",
                Outcomes::violations, reason -> reason.code().equals(Refusals.MEASUREMENT_ALREADY_RECORDED)
                        ? MeasurementEntry.PERIOD : "");
    }

    /** {@code POST /api/projects/{id}/transitions/{transition}}. */
    public Reply takeStep(Request request) throws IOException {
        AlwaysEventProject project = find(request);
        Transition transition = store.open().definition().transition(request.pathParameter("transition"))
                .orElseThrow(() -> new RequestRefused(404, "The workflow has no step at this address: GET "
                        + "/api/projects/" + project.id() + "/transitions lists the steps from the project's phase."));
        JsonBody body = JsonBody.read(request, TRANSITION_FIELDS);
        long version = body.expectedVersion();
        String on = body.text("on");
        LocalDate date = store.today();
        if (on != null) {
            try {
                date = LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                body.add(List.of(new FieldError("on", "must be a date as year-month-day, such as 2017-05-08")));
            }
        }
        body.refuseIfAny();
        return answer(request, project.id(), version, new TakeTransitionCommand(transition.id(), date), 200,
                "the step “" + transition.name() + "”", Outcomes::violations, reason -> "transition");
    }

    /** {@code GET /api/projects/{id}/commands}. */
    public Reply commands(Request request) {
        AlwaysEventProject project = find(request);
        AlwaysEventProjects projects = store.open();
        return Reply.json(200, ApiJson.write(ProjectJson.commands(project, CommandDescriptions.all(), projects.definition(),
                Outcomes.seesPartnerIds(request, projects, project))));
    }

    /** {@code POST /api/projects/{id}/commands/{command}}. */
    public Reply command(Request request) throws IOException {
        AlwaysEventProject project = find(request);
        CommandDescription form = CommandDescriptions.byId(request.pathParameter("command")).orElseThrow(() -> new RequestRefused(404,
                "There is no command at this address: GET /api/projects/" + project.id() + "/commands lists them."));
        Set<String> names = new LinkedHashSet<>();
        form.fields().forEach(f -> names.add(f.name()));
        names.add(JsonBody.EXPECTED_VERSION);
        names.add(Checked.CONFIRM_FIELD);
        JsonBody body = JsonBody.read(request, names);
        long version = body.expectedVersion();
        boolean confirmed = body.personalDetailsConfirmed();
        Map<String, List<String>> values = new LinkedHashMap<>();
        form.fields().forEach(f -> values.put(f.name(), body.values(f)));
        Checked<ProjectCommand> checked = DescribedCommands.read(form, values, store.today(), confirmed);
        if (checked instanceof Checked.Invalid<ProjectCommand> invalid) {
            body.add(invalid.errors());
        }
        body.refuseIfAny();
        if (checked instanceof Checked.Unconfirmed<ProjectCommand> unconfirmed) {
            return suspected(request, unconfirmed.warnings());
        }
        return answer(request, project.id(), version, ((Checked.Valid<ProjectCommand>) checked).value(), 200,
                "“" + form.title() + "”", invalid -> DescribedCommands.violations(form, invalid.violations()), form::fieldOf);
    }

    /** {@code POST /api/projects/{id}/erasures}. */
    public Reply erase(Request request) throws IOException {
        AlwaysEventProject project = find(request);
        Outcomes.requireLead(request, project.id());
        JsonBody body = JsonBody.read(request, ERASURE_FIELDS);
        List<FieldError> errors = new ArrayList<>();
        String reasonText = body.text("reason");
        ErasureReason reason = reasonText == null ? null : ErasureReason.fromWireName(reasonText);
        if (reason == null) {
            errors.add(new FieldError("reason", "is required: one of person-asked, recorded-by-mistake, legal-obligation"));
        }
        List<Erasure.Target> targets = new ArrayList<>();
        JsonNode given = body.node("targets");
        if (given == null || !given.isArray() || given.isEmpty()) {
            errors.add(new FieldError("targets", "is required: a list of {\"version\", \"fields\"?} or {\"partner\"}"));
        } else {
            for (int i = 0; i < given.size(); i++) {
                erasureTarget(given.get(i), "targets[" + i + "]", targets, errors);
            }
        }
        body.add(errors);
        body.refuseIfAny();
        ErasureResult result = store.open().erase(project.id(), SignedIn.of(request).actor(), Objects.requireNonNull(reason), targets);
        if (result instanceof ErasureResult.Refused refused) {
            List<Problem.Error> reasons = new ArrayList<>();
            refused.reasons().forEach(r -> reasons.add(Problem.Error.of("targets", r.message())));
            ObjectNode problem = new Problem(422, "Refused the erasure: " + (reasons.size() == 1 ? "1 reason."
                    : reasons.size() + " reasons.") + " Nothing was erased.", request.path(), reasons).toJsonNode();
            problem.set("reasons", ProjectJson.reasons(refused.reasons()));
            return Reply.of(422, Reply.PROBLEM_JSON, ApiJson.write(problem));
        }
        Erased erased = result.orElseThrow();
        ObjectNode answer = ApiJson.MAPPER.createObjectNode();
        answer.put("project", erased.project().value());
        answer.put("version", erased.version());
        answer.put("nothingToErase", erased.nothingToErase());
        ArrayNode fields = answer.putArray("erased");
        erased.fields().forEach(f -> fields.addObject().put("version", f.version()).put("field", f.field()));
        answer.put("marker", WordsErasedEvent.MARKER);
        return Reply.json(200, ApiJson.write(answer)).withHeader("Location", "/api/projects/" + erased.project());
    }

    /** Reads one of an erasure's targets, adding an error naming {@code at} if it is malformed. */
    private static void erasureTarget(JsonNode target, String at, List<Erasure.Target> targets, List<FieldError> errors) {
        JsonNode version = target.get("version");
        JsonNode partner = target.get("partner");
        JsonNode fields = target.get("fields");
        if (!target.isObject() || (version == null) == (partner == null)) {
            errors.add(new FieldError(at, "must be {\"version\": N, \"fields\"?: [names]} or {\"partner\": id}"));
            return;
        }
        if (partner != null) {
            String problem = partner.isString() ? PartnerId.problemWith(partner.asString()) : "must be a partner id";
            if (problem != null || fields != null) {
                errors.add(new FieldError(at + ".partner", problem != null ? problem : "takes no fields"));
            } else {
                targets.add(new Erasure.WordsOf(PartnerId.of(partner.asString())));
            }
            return;
        }
        if (!version.isIntegralNumber() || !version.canConvertToLong() || version.longValue() < 1) {
            errors.add(new FieldError(at + ".version", "must be an event's version: a whole number from 1"));
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        if (fields != null) {
            if (!fields.isArray()) {
                errors.add(new FieldError(at + ".fields", "must be a list of field names, such as [\"youSaid\"]"));
                return;
            }
            for (int i = 0; i < fields.size(); i++) {
                JsonNode name = fields.get(i);
                try {
                    names.add(ErasedField.of(1, name.isString() ? name.asString() : "").field());
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(at + ".fields[" + i + "]", "must be a field name such as youSaid or "
                            + "evidence.summary"));
                    return;
                }
            }
        }
        targets.add(new Erasure.Fields(version.longValue(), names));
    }

    /**
     * The answer to a body whose free text looks like contact details or an NHS number, not
     * confirmed: 422 with the code {@value PersonalDetailsWarning#CODE}, an error on each field,
     * and {@code suspected}, each field with the kinds found (never the text). Nothing is recorded.
     */
    private static Reply suspected(Request request, List<PersonalDetailsWarning> warnings) {
        List<Problem.Error> errors = warnings.stream().map(w -> Problem.Error.of(w.field(), w.problem()
                + ": remove it, or, if the person agreed to it being kept or it is not personal, send \""
                + Checked.CONFIRM_FIELD + "\": true")).toList();
        ObjectNode problem = new Problem(422, "Some text looks like contact details or an NHS number, so nothing was "
                + "recorded. Check it; to keep it as it is, send the same body with \"" + Checked.CONFIRM_FIELD
                + "\": true.", request.path(), errors).toJsonNode();
        problem.put("code", PersonalDetailsWarning.CODE);
        ArrayNode suspected = problem.putArray("suspected");
        for (PersonalDetailsWarning warning : warnings) {
            ArrayNode kinds = suspected.addObject().put("field", warning.field()).putArray("kinds");
            warning.kinds().forEach(k -> kinds.add(k.code()));
        }
        return Reply.of(422, Reply.PROBLEM_JSON, ApiJson.write(problem));
    }

    /**
     * Hands a command to the project and answers with what it recorded, or why not: each broken
     * constraint where {@code violations} puts it, each reason on the field {@code fieldOf} names.
     */
    private Reply answer(Request request, ProjectId id, long version, ProjectCommand command, int status,
            String what, Function<CommandOutcome.Invalid, List<FieldError>> violations, Function<Reason, String> fieldOf) {
        AlwaysEventProjects projects = store.open();
        CommandOutcome outcome = projects.handle(id, version, SignedIn.of(request).principalOn(id), command);
        if (outcome instanceof CommandOutcome.Recorded recorded) {
            return Reply.json(status, ApiJson.write(ProjectJson.recorded(recorded.project(), recorded.events(),
                    projects.definition(), Outcomes.seesPartnerIds(request, projects, recorded.project()))))
                    .withHeader("Location", "/api/projects/" + id);
        }
        String path = request.path();
        if (outcome instanceof CommandOutcome.Conflict conflict) {
            ObjectNode problem = new Problem(409, "The project has moved on from version " + conflict.expectedVersion()
                    + " to " + conflict.actualVersion() + ": read it again and decide again. Nothing was recorded.",
                    path, List.of(Problem.Error.of(JsonBody.EXPECTED_VERSION, "is " + conflict.expectedVersion()
                            + ", but the project is at version " + conflict.actualVersion()))).toJsonNode();
            problem.put("currentVersion", conflict.actualVersion());
            return Reply.of(409, Reply.PROBLEM_JSON, ApiJson.write(problem));
        }
        if (outcome instanceof CommandOutcome.Invalid invalid) {
            List<Problem.Error> errors = violations.apply(invalid).stream()
                    .map(e -> Problem.Error.of(e.field(), e.message())).toList();
            throw new RequestRefused(422, "The body has " + (errors.size() == 1 ? "1 problem." : errors.size()
                    + " problems."), errors);
        }
        List<Reason> reasons = outcome.reasons();
        List<Problem.Error> errors = new ArrayList<>();
        for (Reason reason : reasons) {
            errors.add(Problem.Error.of(fieldOf.apply(reason), reason.message()));
        }
        if (outcome instanceof CommandOutcome.Failed failed) {
            ObjectNode problem = new Problem(500, "A workflow guard broke while judging " + what + ": a fault to "
                    + "fix, not a refusal. Nothing was recorded.", path, errors).toJsonNode();
            problem.set("failures", ProjectJson.failures(failed.failures()));
            problem.set("reasons", ProjectJson.reasons(reasons));
            return Reply.of(500, Reply.PROBLEM_JSON, ApiJson.write(problem));
        }
        int refusal = Outcomes.byPolicy(outcome) ? 403 : 422;
        ObjectNode problem = new Problem(refusal, "Refused " + what + ": " + (reasons.size() == 1 ? "1 reason."
                : reasons.size() + " reasons.") + " Nothing was recorded.", path, errors).toJsonNode();
        problem.set("reasons", ProjectJson.reasons(reasons));
        return Reply.of(refusal, Reply.PROBLEM_JSON, ApiJson.write(problem));
    }

    private AlwaysEventProject find(Request request) {
        String text = request.pathParameter("id");
        ProjectId id = Outcomes.projectId(text).orElseThrow(() -> new RequestRefused(400,
                "The project id in the address is not a project id.", List.of(Problem.Error.of("id",
                        String.valueOf(ProjectId.problemWith(text))))));
        return store.project(id).orElseThrow(() -> new RequestRefused(404, "There is no project " + id
                + ": GET /api/projects lists them."));
    }
}
