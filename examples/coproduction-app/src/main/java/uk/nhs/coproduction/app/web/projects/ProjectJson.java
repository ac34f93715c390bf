package uk.nhs.coproduction.app.web.projects;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import uk.nhs.coproduction.alwaysevents.impact.ImpactLogEntry;
import uk.nhs.coproduction.alwaysevents.impact.SignOff;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.progress.ProgressLevel;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScale;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChange;
import uk.nhs.coproduction.alwaysevents.project.ProgressScoreChange;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.SpreadSite;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;
import uk.nhs.coproduction.alwaysevents.report.PdsaMarker;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.statement.CriteriaEdition;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.workflow.Fact;
import uk.nhs.coproduction.alwaysevents.workflow.GuardFailure;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.TransitionOption;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.CommandField;
import uk.nhs.coproduction.app.web.reliability.MeasurementApi;
import uk.nhs.coproduction.app.web.server.ApiJson;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

/**
 * Projects as the JSON API writes them. Dates are ISO dates, phases and roles are the library's
 * codes (with names for people where the workflow words them), and partners appear by their
 * pseudonymous ids only, and only to the project's members (the access policy's rule, as on the
 * pages): anyone else reads {@value ProjectView#HIDDEN_ID} wherever an id would be, and
 * {@code "partnerIdsShown": false}.
 */
final class ProjectJson {

    private ProjectJson() {
    }

    /** A project in the list: id, title, organisation, phase, status, version and progress score. */
    static ObjectNode listed(AlwaysEventProject project, WorkflowDefinition definition) {
        ObjectNode node = ApiJson.MAPPER.createObjectNode();
        node.put("id", project.id().value());
        node.put("title", project.profile().title());
        node.put("organisation", project.profile().organisation());
        node.put("areaOfFocus", project.profile().areaOfFocus());
        node.set("phase", phase(project.phase(), definition));
        node.put("status", code(project.status()));
        node.put("version", project.version());
        if (project.progressScore().isPresent()) {
            node.put("progressScore", project.progressScore().get().score().value());
        } else {
            node.putNull("progressScore");
        }
        node.set("links", links(project));
        return node;
    }

    /**
     * A project's whole state, from its summary.
     *
     * @param partnerIds whether the reader may see partners' pseudonymous ids (members only)
     */
    static ObjectNode state(ProjectSummary summary, WorkflowDefinition definition, boolean partnerIds) {
        Function<String, String> shown = shown(partnerIds);
        AlwaysEventProject project = summary.project();
        ObjectNode node = listed(project, definition);
        node.put("partnerIdsShown", partnerIds);
        node.remove("progressScore");
        node.remove("links");
        node.put("startedOn", project.profile().startedOn().toString());
        node.put("statusReason", project.statusReason());
        ((ObjectNode) node.get("phase")).put("description", summary.phase().description());
        ObjectNode version = node.putObject("workflow");
        version.put("id", definition.version().id());
        version.put("version", definition.version().version());
        version.put("fingerprint", definition.version().fingerprint());
        ArrayNode history = node.putArray("phaseHistory");
        for (PhaseChange change : project.phaseHistory()) {
            history.addObject().put("transition", change.transitionId()).put("from", change.from().code())
                    .put("to", change.to().code()).put("on", change.on().toString())
                    .put("atVersion", change.atVersion());
        }
        node.set("team", team(project, definition, shown));
        node.set("alwaysEvent", statements(project));
        ArrayNode matters = node.putArray("whatMatters");
        project.whatMatters().forEach(e -> matters.addObject().put("source", code(e.source()))
                .put("peopleHeard", e.peopleHeard()).put("gatheredOn", e.gatheredOn().toString()));
        node.set("driverDiagram", drivers(project));
        node.set("pdsaCycles", pdsa(project));
        ArrayNode measurements = node.putArray("measurements");
        for (Measurement m : project.measurements()) {
            measurements.addObject().put("period", m.period()).put("numerator", m.numerator())
                    .put("denominator", m.denominator());
        }
        if (summary.reliability().isPresent()) {
            node.set("reliability", MeasurementApi.json(summary.reliability().get()));
        } else {
            node.putNull("reliability");
        }
        node.set("spreadSites", sites(project));
        ArrayNode reviews = node.putArray("sustainReviews");
        project.sustainReviews().forEach(r -> reviews.addObject().put("reviewedOn", r.reviewedOn().toString())
                .put("findings", r.findings()).put("nextReviewBy", r.nextReviewBy() == null ? null
                        : r.nextReviewBy().toString()));
        ArrayNode approvals = node.putArray("approvals");
        project.approvals().forEach(a -> approvals.addObject().put("approval", a.approval())
                .put("approvedBy", shown.apply(a.approvedBy().value())).put("approvedOn", a.approvedOn().toString()));
        ArrayNode markers = node.putArray("pdsaMarkers");
        for (PdsaMarker marker : summary.pdsaMarkers()) {
            markers.addObject().put("cycle", marker.cycle()).put("period", marker.period())
                    .put("label", marker.label());
        }
        node.set("progress", progress(summary, shown));
        node.set("impactLog", impact(project, shown));
        ArrayNode next = node.putArray("nextSteps");
        for (TransitionOption option : summary.nextSteps()) {
            next.addObject().put("id", option.transition().id()).put("name", option.transition().name())
                    .put("verdict", verdict(option.verdict()));
        }
        node.set("links", links(project));
        return node;
    }

    /** Every step from the project's phase, each with its verdict, reasons and any guard failures. */
    static ObjectNode transitions(AlwaysEventProject project, List<TransitionOption> options,
            WorkflowDefinition definition) {
        ObjectNode node = ApiJson.MAPPER.createObjectNode();
        node.put("project", project.id().value());
        node.put("version", project.version());
        node.set("phase", phase(project.phase(), definition));
        ArrayNode list = node.putArray("transitions");
        for (TransitionOption option : options) {
            ObjectNode step = list.addObject();
            step.put("id", option.transition().id());
            step.put("name", option.transition().name());
            step.set("to", phase(option.transition().to(), definition));
            step.put("verdict", verdict(option.verdict()));
            step.set("reasons", reasons(option.verdict().reasons()));
            if (option.verdict() instanceof Verdict.Failed failed) {
                step.set("failures", failures(failed.failures()));
            }
            step.put("href", "/api/projects/" + project.id() + "/transitions/" + option.transition().id());
        }
        return node;
    }

    /**
     * Every command the project can be given through {@code POST /api/projects/{id}/commands/{command}}:
     * its id, the library's command, what it does, whether it is offered now (the project's status
     * and phase allow it and anything to choose from exists), and its fields with their JSON types,
     * whether each is required, whether it is free text (checked for contact details and NHS numbers
     * before it is stored), and the choices the page offers.
     */
    static ObjectNode commands(AlwaysEventProject project, List<CommandDescription> forms, WorkflowDefinition definition,
            boolean partnerIds) {
        ObjectNode node = ApiJson.MAPPER.createObjectNode();
        node.put("project", project.id().value());
        node.put("version", project.version());
        node.set("phase", phase(project.phase(), definition));
        node.put("status", code(project.status()));
        node.put("partnerIdsShown", partnerIds);
        node.put("note", "Each call also carries expectedVersion (the version you decided on) and is recorded as "
                + "the person signed in. Partners are pseudonymous ids with roles: never names or contact details. "
                + "A freeText field that looks like contact details or an NHS number is refused (422, code "
                + "personal-details-suspected) unless the call carries \"confirmPersonalDetails\": true.");
        ArrayNode list = node.putArray("commands");
        for (CommandDescription form : forms) {
            ObjectNode command = list.addObject().put("id", form.id()).put("title", form.title())
                    .put("command", form.command().getSimpleName()).put("description", form.description())
                    .put("offeredNow", form.offered(project)).put("forThisPhase", form.belongsTo(project.phase()))
                    .put("href", "/api/projects/" + project.id() + "/commands/" + form.id());
            ArrayNode fields = command.putArray("fields");
            for (CommandField field : form.fields()) {
                ObjectNode f = fields.addObject().put("name", field.name()).put("label", field.label())
                        .put("type", field.type().json())
                        .put("required", field.required() && field.type() != CommandField.Type.DATE_OR_TODAY)
                        .put("freeText", field.type().isFreeText());
                List<CommandField.Choice> choices = field.choicesFor(project);
                boolean ids = field.type() == CommandField.Type.PARTNER || field.type() == CommandField.Type.PARTNERS;
                if (!choices.isEmpty() && ids && !partnerIds) {
                    f.put("choicesHidden", "Only the project's members see its partners' ids.");
                } else if (!choices.isEmpty()) {
                    ArrayNode values = f.putArray("choices");
                    choices.forEach(c -> values.addObject().put("value", c.value()).put("label", c.label()));
                }
            }
        }
        return node;
    }

    /** What a command recorded: the project's new version and the events, as the store keeps them. */
    static ObjectNode recorded(AlwaysEventProject project, List<RecordedEvent> events, WorkflowDefinition definition,
            boolean partnerIds) {
        ObjectNode node = ApiJson.MAPPER.createObjectNode();
        node.put("project", project.id().value());
        node.put("version", project.version());
        node.set("phase", phase(project.phase(), definition));
        node.put("partnerIdsShown", partnerIds);
        ArrayNode list = node.putArray("recorded");
        Set<String> known = partnerIds ? Set.of() : personIds(project);
        for (RecordedEvent event : events) {
            JsonNode written = ApiJson.MAPPER.readTree(EventJson.write(event));
            list.add(partnerIds ? written : hidden(written, known));
        }
        node.set("links", links(project));
        return node;
    }

    /** Reasons with their codes, messages and the facts looked at. */
    static ArrayNode reasons(List<Reason> reasons) {
        ArrayNode list = ApiJson.MAPPER.createArrayNode();
        for (Reason reason : reasons) {
            ObjectNode node = list.addObject().put("code", reason.code()).put("message", reason.message());
            ArrayNode facts = node.putArray("facts");
            for (Fact fact : reason.facts()) {
                facts.addObject().put("name", fact.name()).put("value", fact.value());
            }
        }
        return list;
    }

    /** Guards that broke while judging. */
    static ArrayNode failures(List<GuardFailure> failures) {
        ArrayNode list = ApiJson.MAPPER.createArrayNode();
        failures.forEach(f -> list.addObject().put("guard", f.guardKind()).put("problem", f.problem())
                .put("detail", f.detail()));
        return list;
    }

    private static String verdict(Verdict verdict) {
        return verdict.isPermitted() ? "permitted" : verdict instanceof Verdict.Failed ? "failed" : "refused";
    }

    private static ObjectNode phase(Phase phase, WorkflowDefinition definition) {
        return ApiJson.MAPPER.createObjectNode().put("code", phase.code()).put("name", definition.phase(phase).name());
    }

    private static ObjectNode links(AlwaysEventProject project) {
        String self = "/api/projects/" + project.id();
        return ApiJson.MAPPER.createObjectNode().put("self", self).put("transitions", self + "/transitions")
                .put("measurements", self + "/measurements").put("commands", self + "/commands")
                .put("page", ProjectPages.href(project.id()));
    }

    private static ObjectNode team(AlwaysEventProject project, WorkflowDefinition definition,
            Function<String, String> shown) {
        ObjectNode team = ApiJson.MAPPER.createObjectNode();
        if (project.sponsor() == null) {
            team.putNull("executiveSponsor");
        } else {
            team.putObject("executiveSponsor").put("id", shown.apply(project.sponsor().id().value()))
                    .put("appointedOn", project.sponsor().appointedOn().toString());
        }
        team.set("oversightGroup", members(project.oversightGroup(), definition, shown));
        team.set("coDesignTeam", members(project.coDesignTeam(), definition, shown));
        return team;
    }

    private static ArrayNode members(List<TeamMember> members, WorkflowDefinition definition,
            Function<String, String> shown) {
        ArrayNode list = ApiJson.MAPPER.createArrayNode();
        for (TeamMember member : members) {
            ObjectNode node = list.addObject().put("id", shown.apply(member.id().value()));
            ArrayNode roles = node.putArray("roles");
            member.roles().stream().map(Role::name).forEach(roles::add);
            node.put("livedExperience", member.hasLivedExperience());
            node.put("joinedIn", member.joinedIn().code()).put("joinedOn", member.joinedOn().toString());
        }
        return list;
    }

    private static ObjectNode statements(AlwaysEventProject project) {
        ObjectNode node = ApiJson.MAPPER.createObjectNode();
        if (project.vision() == null) {
            node.putNull("vision");
        } else {
            node.putObject("vision").put("text", project.vision().text())
                    .put("agreedOn", project.vision().agreedOn().toString());
        }
        if (project.aim() == null) {
            node.putNull("aim");
        } else {
            node.putObject("aim").put("population", project.aim().population()).put("measure", project.aim().measure())
                    .put("percent", project.aim().percent()).put("achieveBy", project.aim().achieveBy().toString())
                    .put("sentence", project.aim().sentence());
        }
        ArrayNode criteria = node.putArray("criteria");
        CriteriaEdition edition = CriteriaEdition.standard();
        for (Criterion criterion : Criterion.values()) {
            ObjectNode c = criteria.addObject().put("criterion", criterion.name()).put("name", edition.name(criterion));
            project.criterion(criterion).ifPresentOrElse(a -> c.put("met", a.met()).put("evidence", a.evidence())
                    .put("assessedOn", a.assessedOn().toString()), () -> c.putNull("met"));
        }
        return node;
    }

    private static ObjectNode drivers(AlwaysEventProject project) {
        ObjectNode node = ApiJson.MAPPER.createObjectNode();
        ArrayNode primary = node.putArray("primaryDrivers");
        project.driverDiagram().primaryDrivers().forEach(d -> primary.addObject().put("id", d.id()).put("text", d.text()));
        ArrayNode secondary = node.putArray("secondaryDrivers");
        project.driverDiagram().secondaryDrivers().forEach(d -> secondary.addObject().put("id", d.id())
                .put("primaryDriver", d.primaryDriverId()).put("text", d.text()));
        ArrayNode ideas = node.putArray("changeIdeas");
        project.driverDiagram().changeIdeas().forEach(i -> ideas.addObject().put("id", i.id())
                .put("secondaryDriver", i.secondaryDriverId()).put("text", i.text()));
        return node;
    }

    private static ArrayNode sites(AlwaysEventProject project) {
        ArrayNode list = ApiJson.MAPPER.createArrayNode();
        for (SpreadSite site : project.spreadSites()) {
            ObjectNode node = list.addObject().put("id", site.siteId()).put("name", site.name())
                    .put("kind", code(site.kind())).put("joinedOn", site.joinedOn().toString());
            ArrayNode measurements = node.putArray("measurements");
            for (Measurement m : project.siteMeasurements(site.siteId())) {
                measurements.addObject().put("period", m.period()).put("numerator", m.numerator())
                        .put("denominator", m.denominator());
            }
        }
        return list;
    }

    private static ArrayNode pdsa(AlwaysEventProject project) {
        ArrayNode list = ApiJson.MAPPER.createArrayNode();
        for (PdsaCycle cycle : project.pdsaCycles()) {
            ObjectNode node = list.addObject().put("number", cycle.number()).put("changeIdea", cycle.changeIdeaId())
                    .put("stage", code(cycle.stage()));
            project.driverDiagram().changeIdea(cycle.changeIdeaId())
                    .ifPresent(i -> node.put("changeIdeaText", i.text()));
            node.put("plannedOn", cycle.plan().plannedOn().toString()).put("period", cycle.plan().period())
                    .put("objective", cycle.plan().objective()).put("prediction", cycle.plan().prediction());
            if (cycle.done() != null) {
                node.put("carriedOutOn", cycle.done().carriedOutOn().toString());
            }
            if (cycle.study() != null) {
                node.put("predictionConfirmed", cycle.study().predictionConfirmed())
                        .put("learning", cycle.study().learning());
            }
            if (cycle.act() != null) {
                node.put("decision", code(cycle.act().decision())).put("nextSteps", cycle.act().nextSteps());
            }
        }
        return list;
    }

    private static ObjectNode progress(ProjectSummary summary, Function<String, String> shown) {
        ObjectNode node = ApiJson.MAPPER.createObjectNode();
        ProgressScale scale = ProgressScale.standard();
        List<ProgressScoreChange> history = summary.project().progressHistory();
        if (history.isEmpty()) {
            node.putNull("score");
        } else {
            node.set("score", change(history.get(history.size() - 1), scale, shown));
        }
        ArrayNode list = node.putArray("history");
        history.forEach(c -> list.add(change(c, scale, shown)));
        ProgressLevel suggested = summary.suggestedProgress().level();
        ObjectNode suggestion = node.putObject("suggested").put("score", suggested.score().value())
                .put("label", suggested.label());
        ArrayNode because = suggestion.putArray("because");
        summary.suggestedProgress().because().forEach(because::add);
        return node;
    }

    private static ObjectNode change(ProgressScoreChange change, ProgressScale scale, Function<String, String> shown) {
        return ApiJson.MAPPER.createObjectNode().put("score", change.score().value())
                .put("label", scale.level(change.score()).label()).put("setBy", shown.apply(change.setBy().value()))
                .put("setOn", change.setOn().toString()).put("rationale", change.rationale());
    }

    private static ArrayNode impact(AlwaysEventProject project, Function<String, String> shown) {
        ArrayNode list = ApiJson.MAPPER.createArrayNode();
        for (ImpactLogEntry entry : project.impactLog()) {
            ObjectNode node = list.addObject().put("number", entry.number()).put("youSaid", entry.youSaid())
                    .put("weDid", entry.weDid()).put("recordedOn", entry.recordedOn().toString());
            node.set("saidBy", ids(entry.saidBy(), shown));
            ArrayNode signOffs = node.putArray("signOffs");
            for (SignOff signOff : entry.signOffs()) {
                signOffs.addObject().put("partner", shown.apply(signOff.partner().value()))
                        .put("signedOn", signOff.signedOn().toString()).put("comment", signOff.comment());
            }
        }
        return list;
    }

    private static ArrayNode ids(Set<PartnerId> ids, Function<String, String> shown) {
        ArrayNode list = ApiJson.MAPPER.createArrayNode();
        ids.stream().map(PartnerId::value).sorted().map(shown).forEach(list::add);
        return list;
    }

    private static Function<String, String> shown(boolean partnerIds) {
        return partnerIds ? id -> id : id -> ProjectView.HIDDEN_ID;
    }

    /**
     * Every pseudonymous id of a person the project holds: its teams, sponsor, approvers, those who
     * set a progress score, said something in the impact log or signed an entry off.
     */
    static Set<String> personIds(AlwaysEventProject project) {
        Set<String> ids = new HashSet<>();
        project.coDesignTeam().forEach(m -> ids.add(m.id().value()));
        project.oversightGroup().forEach(m -> ids.add(m.id().value()));
        if (project.sponsor() != null) {
            ids.add(project.sponsor().id().value());
        }
        project.approvals().forEach(a -> ids.add(a.approvedBy().value()));
        project.progressHistory().forEach(c -> ids.add(c.setBy().value()));
        for (ImpactLogEntry entry : project.impactLog()) {
            entry.saidBy().forEach(p -> ids.add(p.value()));
            entry.signOffs().forEach(o -> ids.add(o.partner().value()));
        }
        return ids;
    }

    /**
     * {@code event} with the person who recorded it ({@code actor}) and every string that is one of
     * the {@code known} ids shown as {@value ProjectView#HIDDEN_ID}, at any depth.
     */
    private static JsonNode hidden(JsonNode event, Set<String> known) {
        if (event instanceof ObjectNode object) {
            ObjectNode copy = ApiJson.MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                copy.set(field.getKey(), field.getKey().equals("actor") && value.isString()
                        ? StringNode.valueOf(ProjectView.HIDDEN_ID) : hidden(value, known));
            }
            return copy;
        }
        if (event instanceof ArrayNode array) {
            ArrayNode copy = ApiJson.MAPPER.createArrayNode();
            array.forEach(v -> copy.add(hidden(v, known)));
            return copy;
        }
        if (event.isString() && known.contains(event.asString())) {
            return StringNode.valueOf(ProjectView.HIDDEN_ID);
        }
        return event;
    }

    /** A constant as the API writes it: lower case with underscores, such as {@code not_sustained}. */
    private static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
