package uk.nhs.coproduction.alwaysevents.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.internal.Trademark;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.alwaysevents.measurement.svg.ChartAnnotation;
import uk.nhs.coproduction.alwaysevents.measurement.svg.SvgChart;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.progress.ProgressLevel;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScale;
import uk.nhs.coproduction.alwaysevents.progress.ProgressSuggestion;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProgressScoreChange;
import uk.nhs.coproduction.alwaysevents.project.ProjectStatus;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;
import uk.nhs.coproduction.alwaysevents.statement.CriteriaEdition;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.workflow.PhaseDefinition;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.TransitionOption;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/**
 * A summary of an Always Events&reg; project for its team, its oversight group and a project
 * page: the phase, the progress score (and the score the facts suggest), what is blocking each
 * next step and why, and reliability against the aim with the run chart annotated with PDSA
 * cycle markers.
 *
 * <pre>{@code
 * ProjectSummary summary = ProjectSummary.of(project, WorkflowDefinition.standard());
 * System.out.println(summary.text());
 * summary.chartSvg().ifPresent(svg -> Files.writeString(Path.of("run-chart.svg"), svg));
 * }</pre>
 *
 * <p>It holds no names or contact details: partners appear only as counts. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProjectSummary {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

    private final AlwaysEventProject project;
    private final WorkflowDefinition definition;
    private final List<TransitionOption> nextSteps;
    private final @Nullable Reliability reliability;
    private final List<PdsaMarker> markers;
    private final ProgressSuggestion suggestion;
    private final List<MeasureSummary> measures;

    private ProjectSummary(AlwaysEventProject project, WorkflowDefinition definition) {
        this.project = project;
        this.definition = definition;
        this.nextSteps = definition.availableTransitions(project);
        this.reliability = project.reliability().orElse(null);
        this.markers = markers(project);
        this.suggestion = project.suggestProgress(ProgressScale.standard());
        List<MeasureSummary> family = new ArrayList<>(1 + project.measures().size());
        family.add(MeasureSummary.reliability(project, Optional.ofNullable(reliability)));
        project.measures().forEach(m -> family.add(MeasureSummary.of(m)));
        this.measures = List.copyOf(family);
    }

    /**
     * {@return the summary of {@code project} under {@code definition}}
     *
     * @param project the project
     * @param definition the workflow that names its phases and judges its next steps
     */
    public static ProjectSummary of(AlwaysEventProject project, WorkflowDefinition definition) {
        return new ProjectSummary(Objects.requireNonNull(project, "project"), Objects.requireNonNull(definition, "definition"));
    }

    /** {@return the project summarised} */
    public AlwaysEventProject project() {
        return project;
    }

    /** {@return the phase the project is in, with its name and description} */
    public PhaseDefinition phase() {
        return definition.phase(project.phase());
    }

    /** {@return the progress score a person set last, with who and why; empty until one is set} */
    public Optional<ProgressScoreChange> progressScore() {
        return project.progressScore();
    }

    /** {@return what the score means on the scale; empty until one is set} */
    public Optional<ProgressLevel> progressLevel() {
        return project.progressScore().map(change -> ProgressScale.standard().level(change.score()));
    }

    /** {@return the score the project's facts suggest, with why; a person decides} */
    public ProgressSuggestion suggestedProgress() {
        return suggestion;
    }

    /** {@return every next step from the current phase, with its verdict} */
    public List<TransitionOption> nextSteps() {
        return nextSteps;
    }

    /**
     * {@return the reasons that block the next steps: every reason of every step that is not
     * permitted}
     */
    public List<Reason> blockers() {
        List<Reason> reasons = new ArrayList<>();
        for (TransitionOption option : nextSteps) {
            for (Reason reason : option.verdict().reasons()) {
                if (!reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        }
        return List.copyOf(reasons);
    }

    /**
     * {@return reliability at the home unit against the aim; empty without an aim or measurements}
     */
    public Optional<Reliability> reliability() {
        return Optional.ofNullable(reliability);
    }

    /**
     * {@return every measure of the project's family: its reliability (the outcome measure)
     * first, then its process and balancing measures in the order defined, each with its latest
     * value and icons}
     */
    public List<MeasureSummary> measures() {
        return measures;
    }

    /**
     * {@return where each PDSA cycle sits on the run chart (cycles whose period is not on the chart
     * are left out)}
     */
    public List<PdsaMarker> pdsaMarkers() {
        return markers;
    }

    /**
     * {@return the run chart of reliability as SVG, from the measurement package's renderer, with
     * the aim as its target line and a marker for each PDSA cycle; empty without an aim or
     * measurements}
     */
    public Optional<String> chartSvg() {
        if (reliability == null) {
            return Optional.empty();
        }
        List<ChartAnnotation> annotations = markers.stream().map(m -> new ChartAnnotation(m.period(), m.label())).toList();
        String title = "How often the Always Event happened: % per period (aim " + Objects.requireNonNull(project.aim())
                .percentText() + ")";
        return Optional.of(SvgChart.of(reliability.chart()).withTitle(title)
                .withAxisLabels("Period", "Happened (%)").withAnnotations(annotations).render());
    }

    /** {@return the summary as plain text, for a command line or an email} */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(project.profile().title()).append(" (").append(project.id()).append(")\n");
        text.append(project.profile().organisation()).append(" · ").append(project.profile().areaOfFocus()).append('\n');
        text.append("Phase: ").append(phase().name());
        if (project.status() != ProjectStatus.ACTIVE) {
            text.append(" (").append(project.status().name().toLowerCase(Locale.ROOT)).append(": ")
                    .append(project.statusReason()).append(')');
        }
        text.append('\n');
        if (project.vision() != null) {
            text.append("Vision: \"").append(project.vision().text()).append("\"\n");
        }
        if (project.aim() != null) {
            text.append("Aim: ").append(project.aim().sentence()).append('\n');
        }
        List<TeamMember> team = project.coDesignTeam();
        long lived = team.stream().filter(TeamMember::hasLivedExperience).count();
        text.append("Co-design team: ").append(team.size()).append(" members, ").append(lived)
                .append(" with lived experience\n");
        text.append("Criteria: ");
        CriteriaEdition criteria = CriteriaEdition.standard();
        List<String> parts = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            parts.add(criteria.name(criterion) + " " + project.criterion(criterion)
                    .map(a -> a.met() ? "met" : "not met").orElse("not assessed"));
        }
        text.append(String.join(", ", parts)).append('\n');
        text.append("PDSA cycles: ").append(project.pdsaCycles().size());
        long kept = project.pdsaCycles().stream().filter(PdsaCycle::keptTheChange).count();
        text.append(" (").append(kept).append(" adopted or adapted)\n");
        Optional<ProgressScoreChange> score = project.progressScore();
        if (score.isPresent()) {
            text.append("Progress score: ").append(score.get().score()).append(" ")
                    .append(ProgressScale.standard().level(score.get().score()).label()).append(", set by ")
                    .append(score.get().setBy()).append(" on ").append(score.get().setOn()).append(": ")
                    .append(score.get().rationale()).append('\n');
        } else {
            text.append("Progress score: not set\n");
        }
        text.append("Suggested by the facts: ").append(suggestion.level().score()).append(" ")
                .append(suggestion.level().label()).append('\n');
        if (reliability != null) {
            text.append("Reliability: ").append(reliability.summary()).append('\n');
        } else {
            text.append("Reliability: no aim or no measurements yet\n");
        }
        text.append("Measures:\n");
        for (MeasureSummary measure : measures) {
            text.append("  ").append(measure.line()).append('\n');
        }
        if (!markers.isEmpty()) {
            text.append("PDSA cycles on the run chart: ");
            text.append(String.join("; ", markers.stream().map(m -> m.period() + " " + m.label()).toList())).append('\n');
        }
        text.append("Next steps:\n");
        if (nextSteps.isEmpty()) {
            text.append("  (none from this phase)\n");
        }
        for (TransitionOption option : nextSteps) {
            text.append("  ").append(option.transition().name()).append(" [").append(option.transition().id()).append("]: ");
            Verdict verdict = option.verdict();
            if (verdict.isPermitted()) {
                text.append("ready\n");
                continue;
            }
            text.append(verdict instanceof Verdict.Failed ? "a guard failed\n" : "blocked\n");
            for (Reason reason : verdict.reasons()) {
                text.append("    - ").append(reason.code()).append(": ").append(reason.message()).append('\n');
            }
            if (verdict instanceof Verdict.Failed failed) {
                failed.failures().forEach(f -> text.append("    ! ").append(f).append('\n'));
            }
        }
        text.append(Trademark.NOTICE).append('\n');
        return text.toString();
    }

    @Override
    public String toString() {
        return "ProjectSummary[" + project.id() + ", " + project.phase() + "]";
    }

    /**
     * One marker per PDSA cycle: at the period its plan names, or else at the month (as
     * {@code yyyy-MM}) it was carried out or planned, when that period is on the chart.
     */
    private static List<PdsaMarker> markers(AlwaysEventProject project) {
        Optional<Series> series = project.series();
        if (series.isEmpty()) {
            return List.of();
        }
        List<PdsaMarker> markers = new ArrayList<>();
        for (PdsaCycle cycle : project.pdsaCycles()) {
            List<String> candidates = new ArrayList<>(3);
            if (cycle.plan().period() != null) {
                candidates.add(cycle.plan().period());
            }
            if (cycle.done() != null) {
                candidates.add(MONTH.format(YearMonth.from(cycle.done().carriedOutOn())));
            }
            candidates.add(MONTH.format(YearMonth.from(cycle.plan().plannedOn())));
            for (String period : candidates) {
                if (series.get().indexOf(period).isPresent()) {
                    markers.add(new PdsaMarker(cycle.number(), period, "PDSA " + cycle.number() + " (" + cycle.changeIdeaId()
                            + "): " + outcome(cycle)));
                    break;
                }
            }
        }
        return List.copyOf(markers);
    }

    private static String outcome(PdsaCycle cycle) {
        if (cycle.act() != null) {
            return switch (cycle.act().decision()) {
                case ADOPT -> "adopted";
                case ADAPT -> "adapted";
                case ABANDON -> "abandoned";
            };
        }
        return cycle.stage().name().toLowerCase(Locale.ROOT);
    }
}
