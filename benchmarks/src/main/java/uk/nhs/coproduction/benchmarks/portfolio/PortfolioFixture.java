package uk.nhs.coproduction.benchmarks.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AimStatedEvent;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.DefinitionVersion;
import uk.nhs.coproduction.alwaysevents.project.MeasureDefinedEvent;
import uk.nhs.coproduction.alwaysevents.project.MeasureDefinition;
import uk.nhs.coproduction.alwaysevents.project.MeasureValue;
import uk.nhs.coproduction.alwaysevents.project.MeasureValueRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.MeasurementRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChangedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProgressScoreSetEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.ProjectStartedEvent;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.statement.AimStatement;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/**
 * The portfolio the benchmarks summarise: {@value #PROJECTS} projects in ten areas of focus and
 * every phase, each with an aim and {@value #PERIODS} monthly periods of each of its measures,
 * built by replaying generated events ({@code AlwaysEventProject.replay}), as a store would.
 *
 * <p>Each project has {@value #MEASURES} measures: its reliability (the outcome measure, a P
 * chart), two process measures (an XmR chart of minutes, and a P chart of counts) and a balancing
 * measure on a C chart, so every chart the family reads from counts and from values is worked
 * out.
 */
final class PortfolioFixture {

    /** Projects in the portfolio. */
    static final int PROJECTS = 500;
    /** Monthly periods of each measure. */
    static final int PERIODS = 60;
    /** Measures per project: the reliability and four more of its family. */
    static final int MEASURES = 5;

    /** The family's four measures beside the reliability, defined once at the start. */
    private static final List<MeasureDefinition> FAMILY = List.of(
            new MeasureDefinition("minutes-to-answer", MeasureRole.PROCESS, "Minutes to answer a call bell",
                    "Median minutes from call to answer, sampled each month", Series.Kind.VALUES,
                    ImprovementDirection.DECREASE, 5.0, ChartType.XMR, "mdc"),
            new MeasureDefinition("handover-checklist", MeasureRole.PROCESS, "Handovers using the checklist",
                    "Handovers that used the checklist, of those audited", Series.Kind.COUNTS,
                    ImprovementDirection.INCREASE, 90.0, ChartType.P, "mdc"),
            new MeasureDefinition("staff-minutes", MeasureRole.PROCESS, "Staff minutes per handover",
                    "Mean minutes a handover takes, timed each month", Series.Kind.VALUES,
                    ImprovementDirection.NEUTRAL, null, ChartType.XMR, "mdc"),
            new MeasureDefinition("falls", MeasureRole.BALANCING, "Falls on the ward",
                    "Falls reported on the ward each month", Series.Kind.VALUES,
                    ImprovementDirection.DECREASE, null, ChartType.C, "mdc"));

    private static final DefinitionVersion DEFINITION = WorkflowDefinition.standard().version();
    private static final Instant AT = Instant.parse("2018-01-02T09:00:00Z");
    private static final Actor LEAD = Actor.of("qi-lead");

    private PortfolioFixture() {
    }

    /** Every project's log, in id order. */
    static List<List<RecordedEvent>> logs() {
        List<List<RecordedEvent>> logs = new ArrayList<>(PROJECTS);
        for (int i = 0; i < PROJECTS; i++) {
            logs.add(log(i));
        }
        return logs;
    }

    /** Every project, replayed from its log. */
    static List<AlwaysEventProject> projects() {
        List<AlwaysEventProject> projects = new ArrayList<>(PROJECTS);
        for (List<RecordedEvent> log : logs()) {
            projects.add(AlwaysEventProject.replay(log).orElseThrow());
        }
        return projects;
    }

    /** The id of project {@code i}. */
    static ProjectId id(int i) {
        return ProjectId.of(String.format("project-%03d", i));
    }

    private static List<RecordedEvent> log(int i) {
        SplittableRandom random = new SplittableRandom(i);
        Phase phase = Phase.values()[i % Phase.values().length];
        List<ProjectEvent> events = new ArrayList<>();
        events.add(new ProjectStartedEvent("Benchmark NHS Trust", "Always Event " + i, "Area " + (i % 10),
                LocalDate.of(2018, 1, 2)));
        if (phase != Phase.SET_UP_AND_OVERSIGHT) {
            events.add(new PhaseChangedEvent("jump", Phase.SET_UP_AND_OVERSIGHT, phase, LocalDate.of(2018, 2, 1)));
        }
        events.add(new AimStatedEvent(AimStatement.of("people on the ward", "the event happened", 90,
                LocalDate.of(2023, 12, 31))));
        FAMILY.forEach(definition -> events.add(new MeasureDefinedEvent(definition)));
        YearMonth month = YearMonth.of(2018, 1);
        for (int p = 0; p < PERIODS; p++) {
            events.addAll(periodEvents(month, p, random));
            month = month.plusMonths(1);
        }
        if (i % 2 == 0) {
            events.add(new ProgressScoreSetEvent(ProgressScore.of(1 + (i % 8) * 0.5), "Reviewed by the team.",
                    LocalDate.of(2023, 1, 2)));
        }
        List<RecordedEvent> recorded = new ArrayList<>(events.size());
        ProjectId id = id(i);
        for (int v = 0; v < events.size(); v++) {
            recorded.add(RecordedEvent.of(id, v + 1, AT, LEAD, DEFINITION, events.get(v)));
        }
        return recorded;
    }

    /**
     * The events of one period, one per measure. The reliability drifts up from about 60% towards
     * 95%, with noise; the others wander about their own levels.
     */
    private static List<ProjectEvent> periodEvents(YearMonth month, int p, SplittableRandom random) {
        int eligible = 20 + random.nextInt(20);
        double rate = Math.min(0.98, 0.6 + 0.006 * p + (random.nextDouble() - 0.5) * 0.1);
        int happened = (int) Math.round(eligible * Math.max(0, rate));
        String period = month.toString();
        int audited = 10 + random.nextInt(10);
        return List.of(new MeasurementRecordedEvent(Measurement.of(period, happened, eligible)),
                new MeasureValueRecordedEvent("minutes-to-answer", new MeasureValue.Value(period,
                        8 - 0.05 * p + random.nextDouble() * 2)),
                new MeasureValueRecordedEvent("handover-checklist", new MeasureValue.Counts(period,
                        Math.min(audited, (int) Math.round(audited * (0.5 + 0.007 * p + random.nextDouble() * 0.1))),
                        audited)),
                new MeasureValueRecordedEvent("staff-minutes", new MeasureValue.Value(period,
                        12 + random.nextDouble() * 3)),
                new MeasureValueRecordedEvent("falls", new MeasureValue.Value(period, random.nextInt(4))));
    }
}
