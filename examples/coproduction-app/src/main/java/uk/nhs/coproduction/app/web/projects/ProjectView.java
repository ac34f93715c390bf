package uk.nhs.coproduction.app.web.projects;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.driver.DriverDiagram;
import uk.nhs.coproduction.alwaysevents.driver.PrimaryDriver;
import uk.nhs.coproduction.alwaysevents.driver.SecondaryDriver;
import uk.nhs.coproduction.alwaysevents.impact.ImpactLogEntry;
import uk.nhs.coproduction.alwaysevents.impact.SignOff;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.svg.ChartAnnotation;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScale;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChange;
import uk.nhs.coproduction.alwaysevents.project.ProgressScoreChange;
import uk.nhs.coproduction.alwaysevents.project.ProjectStatus;
import uk.nhs.coproduction.alwaysevents.project.SiteKind;
import uk.nhs.coproduction.alwaysevents.project.SpreadSite;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;
import uk.nhs.coproduction.alwaysevents.project.WhatMattersEvidence;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.report.MeasureSummary;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.statement.CriteriaEdition;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.store.Recovery;
import uk.nhs.coproduction.alwaysevents.workflow.Fact;
import uk.nhs.coproduction.alwaysevents.workflow.GuardFailure;
import uk.nhs.coproduction.alwaysevents.workflow.PhaseDefinition;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.TransitionOption;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.app.projectcommands.CommandChoices;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.web.reliability.ChartView;
import uk.nhs.coproduction.app.web.reliability.RunChartPages;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

/**
 * An Always Events&reg; project as its page shows it, in words: made from the library's
 * {@link ProjectSummary} and the project, with dates written out and everything said in text, never
 * by colour alone. Partners appear by their pseudonymous ids and roles only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the project's id
 * @param version the project's version, which forms send back so a stale one is refused
 * @param title the project's title
 * @param organisation its organisation
 * @param areaOfFocus its area of focus
 * @param startedOn when it started, written out
 * @param status "Active", "Paused" or "Closed", with the reason when not active
 * @param active whether it is active
 * @param phase the phase it is in, with its description
 * @param stepper every phase in the method's order, each saying where the project stands with it
 * @param nextSteps every step from the current phase, each ready or with why not
 * @param statements the vision, aim and four criteria, as rows of key and value
 * @param whatMatters where evidence of what matters came from (never what people said)
 * @param pdsaCycles the PDSA log
 * @param progress the progress score, its history and the score the facts suggest
 * @param impactLog the "you said, we did" log
 * @param team the executive sponsor, oversight group and co-design team
 * @param reliability what the measurements show, or null without an aim or measurements
 * @param measurements the home unit's measurements on the page shown, in the order recorded (the
 *     chart's table shows them when there is a chart)
 * @param measurementsPage which of the measurements the page shows (the chart's table, or the
 *     table of measurements without a chart), {@value TablePage#SIZE} at a time
 * @param recovery what the store repaired in the project's log after a crash, or null
 * @param drivers the driver diagram: each primary driver with its secondary drivers and their
 *     change ideas
 * @param sites the units and organisations that took the Always Event up, with their measurements
 * @param sustainReviews the sustain reviews, as rows of when and what was found
 * @param approvals the approvals recorded, as rows of what and who and when
 * @param family every measure of the family: the outcome (reliability) first, then the process
 *     and balancing measures, each with its latest value, icons and chart
 */
public record ProjectView(String id, long version, String title, String organisation, String areaOfFocus,
        String startedOn, String status, boolean active, PhaseDefinition phase, List<PhaseStep> stepper,
        List<NextStep> nextSteps, List<Row> statements, List<Row> whatMatters, List<PdsaRow> pdsaCycles,
        Progress progress, List<Impact> impactLog, Team team, @Nullable Measured reliability,
        List<Count> measurements, TablePage measurementsPage, @Nullable String recovery, List<Driver> drivers,
        List<Site> sites, List<Row> sustainReviews, List<Row> approvals, List<FamilyMeasure> family) {

    /**
     * One measure of the family as the page shows it.
     *
     * @param id the measure's id ({@code reliability} for the outcome)
     * @param role "Outcome", "Process" or "Balancing"
     * @param name the measure's name
     * @param definition its operational definition, chart and rules in words; empty for the outcome
     * @param latest the latest value and its period, or why there is none yet
     * @param variation the variation icon's words, or empty
     * @param assurance the assurance icon's words, or empty
     * @param chart its chart with the data table, or null for the outcome (shown in its own
     *     section) and for a measure not charted yet
     */
    public record FamilyMeasure(String id, String role, String name, String definition, String latest, String variation,
            String assurance, @Nullable ChartView chart) {
    }

    /**
     * A part of the driver diagram with the parts under it: a primary driver with its secondary
     * drivers, or a secondary driver with its change ideas (which have none).
     *
     * @param id its id, such as {@code P1}, {@code S2} or {@code C3}
     * @param text what it says
     * @param under the parts under it
     */
    public record Driver(String id, String text, List<Driver> under) {
    }

    /**
     * A unit or organisation that took the Always Event up.
     *
     * @param id its id
     * @param name its name
     * @param kind "Unit (scale-up)" or "Organisation (spread)"
     * @param joined when it took it up
     * @param measured its measurements, in words, or "No measurements yet"
     */
    public record Site(String id, String name, String kind, String joined, String measured) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /**
     * A key and its value, as a summary list shows them.
     *
     * @param key the key
     * @param value the value
     */
    public record Row(String key, String value) {
    }

    /**
     * One phase of the stepper.
     *
     * @param name the phase's name
     * @param standing where the project stands with it, in words: "Completed", "Current phase",
     *     "Skipped", "Visited before" or "Not started"
     * @param current whether it is the current phase
     * @param modifier the CSS modifier that echoes the standing ({@code done}, {@code current},
     *     {@code skipped}, {@code todo})
     */
    public record PhaseStep(String name, String standing, boolean current, String modifier) {
    }

    /**
     * A step the project could take from its phase.
     *
     * @param id the transition's id, such as {@code co-design}
     * @param name what the step is called
     * @param to the name of the phase it leads to
     * @param permitted whether it may be taken now
     * @param forward whether it leads on in the method's order (a step back is shown less prominently)
     * @param verdict the verdict in words: "Ready", "Blocked" or "Could not be checked"
     * @param reasons every unmet condition, empty when permitted
     * @param failures the checks that broke (a fault, not a refusal), usually empty
     */
    public record NextStep(String id, String name, String to, boolean permitted, boolean forward, String verdict,
            List<ReasonView> reasons, List<String> failures) {
    }

    /**
     * Why a step is blocked: the reason's stable code, its plain-English message and the facts the
     * guard looked at.
     *
     * @param code the stable code, such as {@code NO_EXECUTIVE_SPONSOR}
     * @param message what is missing and what would satisfy it
     * @param facts the facts looked at, each as "name: value" with the name in words
     */
    public record ReasonView(String code, String message, List<String> facts) {

        /** The reason as the page shows it. */
        static ReasonView of(Reason reason) {
            return new ReasonView(reason.code(), reason.message(),
                    reason.facts().stream().map(ReasonView::fact).toList());
        }

        private static String fact(Fact fact) {
            return CommandDescription.words(fact.name()) + ": " + fact.value();
        }
    }

    /**
     * One PDSA cycle in the log.
     *
     * @param number the cycle's number
     * @param changeIdea the change idea it tests, with its id
     * @param planned when it was planned, and the period it was drawn at if given
     * @param prediction what the team predicted
     * @param done when it was carried out and what was observed, or "Not carried out yet"
     * @param study whether the prediction held, or "Not studied yet"
     * @param act what was decided: adopt, adapt or abandon, or "Not decided yet"
     */
    public record PdsaRow(int number, String changeIdea, String planned, String prediction, String done, String study,
            String act) {
    }

    /**
     * The progress score on the IHI scale: the one a person set last, its history, and the one the
     * facts suggest (a person decides).
     *
     * @param current the score set last with its meaning, or "Not set yet"
     * @param currentWhy who set it, when and why; "" when not set
     * @param suggested the score the facts suggest, with its meaning
     * @param because why the facts suggest it
     * @param history every change, oldest first
     */
    public record Progress(String current, String currentWhy, String suggested, List<String> because,
            List<ProgressRow> history) {
    }

    /**
     * One change of the progress score.
     *
     * @param setOn when
     * @param score the score with its meaning
     * @param setBy who set it (a pseudonymous id)
     * @param why why
     */
    public record ProgressRow(String setOn, String score, String setBy, String why) {
    }

    /**
     * One "you said, we did" entry.
     *
     * @param number its number
     * @param youSaid what partners said
     * @param weDid what changed
     * @param saidBy who said it (pseudonymous ids), or ""
     * @param recordedOn when it was recorded
     * @param signedOff who signed the result off and when, or "Not signed off yet"
     */
    public record Impact(int number, String youSaid, String weDid, String saidBy, String recordedOn, String signedOff) {
    }

    /**
     * The people of the project, by pseudonymous id and role only.
     *
     * @param sponsor the executive sponsor and when they were appointed, or "Not appointed yet"
     * @param livedExperience the co-design team's share with lived experience, in words
     * @param coDesign the co-design team
     * @param oversight the oversight group
     */
    public record Team(String sponsor, String livedExperience, List<Member> coDesign, List<Member> oversight) {
    }

    /**
     * One member of the co-design team or oversight group.
     *
     * @param id the pseudonymous id
     * @param roles the roles, in words
     * @param livedExperience "Yes" or "No"
     * @param joined when they joined, and the phase the project was in then
     */
    public record Member(String id, String roles, String livedExperience, String joined) {
    }

    /**
     * One period's measurement.
     *
     * @param period the period
     * @param happened for how many people it happened
     * @param eligible how many people were eligible
     */
    public record Count(String period, String happened, String eligible) {
    }

    /**
     * What the measurements show.
     *
     * @param sustained "Sustained at the aim", "Not sustained at the aim" or "Not enough data yet"
     * @param summary the latest period, how many met the aim, and sustainment, in sentences
     * @param chart the run chart with the aim line and PDSA markers, with its data table
     */
    public record Measured(String sustained, String summary, ChartView chart) {
    }

    /**
     * The view of a project.
     *
     * @param summary the library's summary of the project
     * @param definition the workflow definition it is decided by
     * @param recovery what the store repaired in the project's log when it opened it, or null
     * @param rowsPage the page of the measurements' table asked for, from 1 (the latest)
     * @param partnerIds whether the viewer may see partners' pseudonymous ids (the access policy's
     *     rule: members of the project only); if not, each is shown as {@value #HIDDEN_ID}
     */
    static ProjectView of(ProjectSummary summary, WorkflowDefinition definition, @Nullable Recovery recovery,
            int rowsPage, boolean partnerIds) {
        Function<String, String> shown = partnerIds ? id -> id : id -> HIDDEN_ID;
        AlwaysEventProject project = summary.project();
        TablePage rows = TablePage.of(project.measurements().size(), rowsPage);
        String status = switch (project.status()) {
            case ACTIVE -> "Active";
            case PAUSED -> "Paused: " + project.statusReason();
            case CLOSED -> "Closed: " + project.statusReason();
        };
        return new ProjectView(project.id().value(), project.version(), project.profile().title(),
                project.profile().organisation(), project.profile().areaOfFocus(), date(project.profile().startedOn()),
                status, project.status() == ProjectStatus.ACTIVE, summary.phase(), stepper(project, definition),
                nextSteps(summary.nextSteps(), definition), statements(project), whatMatters(project),
                pdsa(project), progress(summary, shown), impact(project, shown), team(project, definition, shown), measured(summary, rows),
                rows.slice(project.measurements()).stream().map(m -> new Count(m.period(),
                        Integer.toString(m.numerator()), Integer.toString(m.denominator()))).toList(), rows,
                recovery == null ? null : recovery.describe(), drivers(project), sites(project),
                project.sustainReviews().stream().map(r -> new Row(date(r.reviewedOn()), r.findings()
                        + (r.nextReviewBy() == null ? "" : " Next review by " + date(r.nextReviewBy()) + "."))).toList(),
                project.approvals().stream().map(a -> new Row(a.approval(), "Approved by " + shown.apply(a.approvedBy().value()) + " on "
                        + date(a.approvedOn()))).toList(), family(summary));
    }

    private static List<FamilyMeasure> family(ProjectSummary summary) {
        List<FamilyMeasure> family = new java.util.ArrayList<>();
        for (MeasureSummary measure : summary.measures()) {
            String role = measure.role().name().charAt(0) + measure.role().name().substring(1).toLowerCase(Locale.UK);
            String definition = summary.project().measure(measure.id()).map(m -> m.definition().operationalDefinition()
                    + " Read on a " + m.definition().chartType().title() + " with the " + m.definition().ruleSet().title()
                    + " rules; " + switch (m.definition().improvement()) {
                        case INCREASE -> "higher is better";
                        case DECREASE -> "lower is better";
                        case NEUTRAL -> "neither higher nor lower is better";
                    } + m.definition().targetValue().stream().mapToObj(t -> "; target " + new java.math.BigDecimal(Double.toString(t)).stripTrailingZeros().toPlainString()
                            + m.definition().unit()).findFirst().orElse("") + ".").orElse("");
            String latest = measure.latestText().map(t -> t + " in " + measure.latestPeriod().orElseThrow())
                    .orElse(measure.notCharted().orElse(""));
            ChartView chart = measure.role() == MeasureRole.OUTCOME ? null : measure.chart()
                    .map(c -> ChartView.ofAnalysis(c, measure.name() + " (" + c.chartType().title() + ")")).orElse(null);
            family.add(new FamilyMeasure(measure.id(), role, measure.name(), definition, latest,
                    measure.variationIcon().map(v -> v.description()).orElse(""),
                    measure.assuranceIcon().map(a -> a.description()).orElse(""), chart));
        }
        return List.copyOf(family);
    }

    private static List<Driver> drivers(AlwaysEventProject project) {
        DriverDiagram diagram = project.driverDiagram();
        List<Driver> primary = new ArrayList<>();
        for (PrimaryDriver p : diagram.primaryDrivers()) {
            List<Driver> secondary = new ArrayList<>();
            for (SecondaryDriver d : diagram.secondaryDriversOf(p.id())) {
                secondary.add(new Driver(d.id(), d.text(), diagram.changeIdeasOf(d.id()).stream()
                        .map(i -> new Driver(i.id(), i.text(), List.of())).toList()));
            }
            primary.add(new Driver(p.id(), p.text(), List.copyOf(secondary)));
        }
        return List.copyOf(primary);
    }

    private static List<Site> sites(AlwaysEventProject project) {
        List<Site> sites = new ArrayList<>();
        for (SpreadSite site : project.spreadSites()) {
            List<Measurement> measured = project.siteMeasurements(site.siteId());
            String words = measured.isEmpty() ? "No measurements yet" : measured.stream()
                    .map(m -> m.period() + ": " + m.numerator() + " of " + m.denominator()).collect(Collectors.joining("; "));
            sites.add(new Site(site.siteId(), site.name(), site.kind() == SiteKind.UNIT ? "Unit (scale-up)"
                    : "Organisation (spread)", date(site.joinedOn()), words));
        }
        return List.copyOf(sites);
    }

    private static List<PhaseStep> stepper(AlwaysEventProject project, WorkflowDefinition definition) {
        Set<Phase> visited = EnumSet.of(Phase.SET_UP_AND_OVERSIGHT);
        for (PhaseChange change : project.phaseHistory()) {
            visited.add(change.from());
            visited.add(change.to());
        }
        List<PhaseStep> steps = new ArrayList<>();
        for (PhaseDefinition phase : definition.phases()) {
            Phase which = phase.phase();
            if (which == project.phase()) {
                steps.add(new PhaseStep(phase.name(), "Current phase", true, "current"));
            } else if (project.phase().isAfter(which)) {
                steps.add(visited.contains(which) ? new PhaseStep(phase.name(), "Completed", false, "done")
                        : new PhaseStep(phase.name(), "Skipped", false, "skipped"));
            } else {
                steps.add(visited.contains(which) ? new PhaseStep(phase.name(), "Visited before", false, "todo")
                        : new PhaseStep(phase.name(), "Not started", false, "todo"));
            }
        }
        return List.copyOf(steps);
    }

    private static List<NextStep> nextSteps(List<TransitionOption> options, WorkflowDefinition definition) {
        List<NextStep> steps = new ArrayList<>();
        for (TransitionOption option : options) {
            Verdict verdict = option.verdict();
            List<String> failures = verdict instanceof Verdict.Failed failed
                    ? failed.failures().stream().map(GuardFailure::toString).toList() : List.of();
            String words = verdict.isPermitted() ? "Ready" : verdict instanceof Verdict.Failed ? "Could not be checked"
                    : "Blocked";
            steps.add(new NextStep(option.transition().id(), option.transition().name(),
                    definition.phase(option.transition().to()).name(), verdict.isPermitted(),
                    option.transition().to().isAfter(option.transition().from()), words,
                    verdict.reasons().stream().map(ReasonView::of).toList(), failures));
        }
        return List.copyOf(steps);
    }

    private static List<Row> statements(AlwaysEventProject project) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Vision statement", project.vision() == null ? "Not agreed yet"
                : "“" + project.vision().text() + "” (agreed " + date(project.vision().agreedOn()) + ")"));
        rows.add(new Row("Aim statement", project.aim() == null ? "Not agreed yet" : project.aim().sentence()));
        CriteriaEdition criteria = CriteriaEdition.standard();
        for (Criterion criterion : Criterion.values()) {
            String name = criteria.name(criterion);
            rows.add(new Row("Criterion: " + name, project.criterion(criterion)
                    .map(a -> (a.met() ? "Met" : "Not met") + " (assessed " + date(a.assessedOn()) + "): "
                            + a.evidence())
                    .orElse("Not assessed yet")));
        }
        return List.copyOf(rows);
    }

    private static List<Row> whatMatters(AlwaysEventProject project) {
        List<Row> rows = new ArrayList<>();
        for (WhatMattersEvidence evidence : project.whatMatters()) {
            rows.add(new Row(CommandChoices.capitalised(evidence.source().label()),
                    (evidence.peopleHeard() > 0 ? evidence.peopleHeard() + " people heard, " : "")
                            + "gathered " + date(evidence.gatheredOn())));
        }
        return List.copyOf(rows);
    }

    private static List<PdsaRow> pdsa(AlwaysEventProject project) {
        List<PdsaRow> rows = new ArrayList<>();
        for (PdsaCycle cycle : project.pdsaCycles()) {
            String idea = cycle.changeIdeaId() + project.driverDiagram().changeIdea(cycle.changeIdeaId())
                    .map(i -> ": " + i.text()).orElse("");
            String planned = date(cycle.plan().plannedOn()) + (cycle.plan().period() == null ? ""
                    : " (period " + cycle.plan().period() + ")");
            String done = cycle.done() == null ? "Not carried out yet"
                    : date(cycle.done().carriedOutOn()) + ": " + cycle.done().observations();
            String study = cycle.study() == null ? "Not studied yet"
                    : (cycle.study().predictionConfirmed() ? "The prediction held" : "The prediction did not hold")
                            + ": " + cycle.study().learning();
            String act = cycle.act() == null ? "Not decided yet" : switch (cycle.act().decision()) {
                case ADOPT -> "Adopt";
                case ADAPT -> "Adapt";
                case ABANDON -> "Abandon";
            } + ": " + cycle.act().nextSteps();
            rows.add(new PdsaRow(cycle.number(), idea, planned, cycle.plan().prediction(), done, study, act));
        }
        return List.copyOf(rows);
    }

    private static Progress progress(ProjectSummary summary, Function<String, String> shown) {
        ProgressScale scale = ProgressScale.standard();
        List<ProgressRow> history = new ArrayList<>();
        for (ProgressScoreChange change : summary.project().progressHistory()) {
            history.add(new ProgressRow(date(change.setOn()), change.score() + " "
                    + scale.level(change.score()).label(), shown.apply(change.setBy().value()), change.rationale()));
        }
        String current = summary.progressScore().map(c -> c.score() + " " + scale.level(c.score()).label())
                .orElse("Not set yet");
        String why = summary.progressScore().map(c -> "Set by " + shown.apply(c.setBy().value()) + " on " + date(c.setOn()) + ": "
                + c.rationale()).orElse("");
        var suggestion = summary.suggestedProgress();
        return new Progress(current, why, suggestion.level().score() + " " + suggestion.level().label(),
                suggestion.because(), List.copyOf(history));
    }

    /** What a viewer who is not a member of the project sees instead of a partner's id. */
    static final String HIDDEN_ID = "a partner";

    private static List<Impact> impact(AlwaysEventProject project, Function<String, String> shown) {
        List<Impact> entries = new ArrayList<>();
        for (ImpactLogEntry entry : project.impactLog()) {
            String signedOff = entry.signOffs().isEmpty() ? "Not signed off yet" : entry.signOffs().stream()
                    .map(o -> signOff(o, shown)).collect(Collectors.joining("; "));
            entries.add(new Impact(entry.number(), entry.youSaid(), entry.weDid(),
                    entry.saidBy().isEmpty() ? "" : shown.apply(ids(entry.saidBy())),
                    date(entry.recordedOn()), signedOff));
        }
        return List.copyOf(entries);
    }

    private static String signOff(SignOff signOff, Function<String, String> shown) {
        return shown.apply(signOff.partner().value()) + " on " + date(signOff.signedOn())
                + (signOff.comment() == null || signOff.comment().isBlank() ? "" : ": “" + signOff.comment() + "”");
    }

    private static Team team(AlwaysEventProject project, WorkflowDefinition definition, Function<String, String> shown) {
        String sponsor = project.sponsor() == null ? "Not appointed yet"
                : shown.apply(project.sponsor().id().value()) + ", appointed " + date(project.sponsor().appointedOn());
        List<TeamMember> coDesign = project.coDesignTeam();
        long lived = coDesign.stream().filter(TeamMember::hasLivedExperience).count();
        String share = coDesign.isEmpty() ? "The co-design team has no members yet."
                : lived + " of " + coDesign.size() + " co-design team members ("
                        + Math.round(100.0 * lived / coDesign.size()) + "%) have lived experience of the service.";
        return new Team(sponsor, share, members(coDesign, definition, shown),
                members(project.oversightGroup(), definition, shown));
    }

    private static List<Member> members(List<TeamMember> members, WorkflowDefinition definition,
            Function<String, String> shown) {
        return members.stream().map(m -> new Member(shown.apply(m.id().value()),
                m.roles().stream().map(Role::label).collect(Collectors.joining(", ")),
                m.hasLivedExperience() ? "Yes" : "No",
                date(m.joinedOn()) + ", in " + definition.phase(m.joinedIn()).name().toLowerCase(Locale.UK))).toList();
    }

    private static @Nullable Measured measured(ProjectSummary summary, TablePage rows) {
        Reliability reliability = summary.reliability().orElse(null);
        if (reliability == null) {
            return null;
        }
        List<ChartAnnotation> markers = summary.pdsaMarkers().stream()
                .map(m -> new ChartAnnotation(m.period(), m.label())).toList();
        String title = "How often it happened: % of eligible people (aim " + reliability.aim() + ")";
        return new Measured(RunChartPages.sustained(reliability), reliability.summary(),
                ChartView.ofReliability(reliability, title, markers).withRowsOf(rows.first(), rows.last()));
    }

    /** A date as the pages write it: {@code 3 October 2016}. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** Pseudonymous ids, in order, separated by commas. */
    static String ids(Set<PartnerId> ids) {
        return ids.stream().map(PartnerId::value).sorted().collect(Collectors.joining(", "));
    }
}
