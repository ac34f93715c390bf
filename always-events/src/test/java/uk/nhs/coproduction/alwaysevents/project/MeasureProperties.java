package uk.nhs.coproduction.alwaysevents.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.CorrectMeasureValueCommand;
import uk.nhs.coproduction.alwaysevents.command.DefineMeasureCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasureValueCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.Outcome;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.alwaysevents.store.EventJson;

/**
 * The laws of a project's family of measures, through the public service: replay equals live
 * for projects with several measures, recording then correcting equals recording the corrected
 * value, and a measure's chart is the measurement package's analysis of its series.
 */
class MeasureProperties {

    private static final ProjectId ID = ProjectId.of("measured");
    private static final LocalDate START = LocalDate.of(2017, 1, 4);

    /** A measure's definition, with values to record for it. */
    record Plan(String id, Series.Kind data, ChartType chart, String rules, ImprovementDirection direction,
            List<MeasureValue> values) {

        DefineMeasureCommand define(int index) {
            return new DefineMeasureCommand(id, index % 2 == 0 ? MeasureRole.PROCESS : MeasureRole.BALANCING,
                    "Measure " + id, "Counted the same way each month", data, chart, rules, direction,
                    index % 3 == 0 ? null : 50.0);
        }
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.equals(MeasureDefinition.RELIABILITY_ID));
        Arbitrary<Series.Kind> kinds = Arbitraries.of(Series.Kind.class);
        return Combinators.combine(ids, kinds, Arbitraries.integers().between(0, 100),
                Arbitraries.of("anhoej", "ihi", "mdc"), Arbitraries.of(ImprovementDirection.class),
                Arbitraries.integers().between(1, 20)).flatAs((id, kind, pick, rules, direction, periods) -> {
                    List<ChartType> charts = new ArrayList<>();
                    for (ChartType type : ChartType.values()) {
                        if (MeasureDefinition.reads(kind, type) && type != ChartType.T) {
                            charts.add(type);
                        }
                    }
                    ChartType chart = charts.get(pick % charts.size());
                    return values(kind, chart, periods).map(values -> new Plan(id, kind, chart, rules, direction, values));
                });
    }

    private static Arbitrary<List<MeasureValue>> values(Series.Kind kind, ChartType chart, int periods) {
        List<Arbitrary<MeasureValue>> each = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            String period = period(i);
            each.add(value(kind, chart, period));
        }
        return Combinators.combine(each).as(List::copyOf);
    }

    private static Arbitrary<MeasureValue> value(Series.Kind kind, ChartType chart, String period) {
        return switch (kind) {
            case VALUES -> Arbitraries.integers().between(0, 40).map(v -> new MeasureValue.Value(period, v));
            case COUNTS -> Arbitraries.integers().between(1, 40).flatMap(d -> Arbitraries.integers().between(0, d)
                    .map(n -> new MeasureValue.Counts(period, n, d)));
            case SUBGROUPS -> Arbitraries.integers().between(0, 100).map(v -> v / 4.0).list().ofMinSize(2).ofMaxSize(6)
                    .map(vs -> new MeasureValue.Subgroup(period, vs));
        };
    }

    private static String period(int i) {
        return String.format("%04d-%02d", 2017 + i / 12, 1 + i % 12);
    }

    private static AlwaysEventProjects started() {
        AlwaysEventProjects projects = AlwaysEventProjects.inMemory();
        ok(projects, new StartProjectCommand("Example Trust", "Contact at night", "Assessment unit", START));
        return projects;
    }

    private static AlwaysEventProject ok(AlwaysEventProjects projects, ProjectCommand command) {
        CommandOutcome outcome = projects.handle(ID, Actor.of("qi-lead"), command);
        assertThat(outcome).as("%s", command).isInstanceOf(CommandOutcome.Recorded.class);
        return ((CommandOutcome.Recorded) outcome).project();
    }

    /** Defines each plan's measure, then records their values interleaved, period by period. */
    private static AlwaysEventProjects recorded(List<Plan> plans) {
        AlwaysEventProjects projects = started();
        for (int i = 0; i < plans.size(); i++) {
            ok(projects, plans.get(i).define(i));
        }
        for (int period = 0; period < 20; period++) {
            for (Plan plan : plans) {
                if (period < plan.values().size()) {
                    ok(projects, RecordMeasureValueCommand.of(plan.id(), plan.values().get(period)));
                }
            }
        }
        return projects;
    }

    @Property(tries = 80)
    void replayEqualsLiveForProjectsWithSeveralMeasures(@ForAll @Size(min = 1, max = 6) List<@From("plans") Plan> drawn) {
        List<Plan> plans = distinct(drawn);
        AlwaysEventProjects projects = recorded(plans);
        AlwaysEventProject live = projects.project(ID).orElseThrow();
        List<RecordedEvent> events = projects.history(ID).events();

        AlwaysEventProject stepped = null;
        for (RecordedEvent event : events) {
            stepped = AlwaysEventProject.evolve(stepped, event);
        }
        List<RecordedEvent> throughJson = events.stream().map(e -> EventJson.read(EventJson.write(e))).toList();

        assertThat(AlwaysEventProject.replay(events)).contains(live);
        assertThat(stepped).isEqualTo(live);
        assertThat(AlwaysEventProject.replay(throughJson)).contains(live);
        assertThat(EventJson.readSnapshot(EventJson.writeSnapshot(live))).isEqualTo(live);
        assertThat(live.measures()).extracting(Measure::id).containsExactlyElementsOf(plans.stream().map(Plan::id).toList());
        for (Plan plan : plans) {
            assertThat(live.measure(plan.id()).orElseThrow().values()).containsExactlyElementsOf(plan.values());
        }
    }

    @Property(tries = 80)
    void recordingThenCorrectingEqualsRecordingTheCorrectedValue(@ForAll("plans") Plan plan,
            @ForAll("plans") Plan other, @ForAll int seed) {
        int at = Math.floorMod(seed, plan.values().size());
        MeasureValue corrected = other.data() == plan.data() && other.chart() == plan.chart()
                ? withPeriod(other.values().get(0), plan.values().get(at).period())
                : withPeriod(plan.values().get((at + 1) % plan.values().size()), plan.values().get(at).period());
        List<MeasureValue> changed = new ArrayList<>(plan.values());
        changed.set(at, corrected);

        AlwaysEventProjects thenCorrected = recorded(List.of(plan));
        AlwaysEventProject fixed = ok(thenCorrected, CorrectMeasureValueCommand.of(plan.id(), corrected, "miscounted"));
        AlwaysEventProject direct = recorded(List.of(new Plan(plan.id(), plan.data(), plan.chart(), plan.rules(),
                plan.direction(), changed))).project(ID).orElseThrow();

        assertThat(fixed.measure(plan.id())).isEqualTo(direct.measure(plan.id()));
        assertThat(render(fixed.measure(plan.id()).orElseThrow().chart()))
                .isEqualTo(render(direct.measure(plan.id()).orElseThrow().chart()));
    }

    @Property(tries = 80)
    void aMeasuresChartIsTheAnalysersResultOnItsSeries(@ForAll("plans") Plan plan) {
        Measure measure = recorded(List.of(plan)).project(ID).orElseThrow().measure(plan.id()).orElseThrow();

        Series.Builder builder = switch (plan.data()) {
            case VALUES -> Series.values();
            case COUNTS -> Series.counts();
            case SUBGROUPS -> Series.subgroups();
        };
        for (MeasureValue value : plan.values()) {
            if (value instanceof MeasureValue.Value v) {
                builder.add(v.period(), v.value());
            } else if (value instanceof MeasureValue.Counts c) {
                builder.add(c.period(), c.numerator(), c.denominator());
            } else if (value instanceof MeasureValue.Subgroup g) {
                builder.addSubgroup(g.period(), g.values().stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        Series series = builder.build().orElseThrow();
        Outcome<ChartAnalysis> expected = measure.definition().chartSpec().analyse(series);

        assertThat(measure.series()).contains(series);
        assertThat(render(measure.chart())).isEqualTo(render(expected));
        assertThat(measure.definition().chartSpec().chartType()).isEqualTo(plan.chart());
    }

    private static MeasureValue withPeriod(MeasureValue value, String period) {
        if (value instanceof MeasureValue.Value v) {
            return new MeasureValue.Value(period, v.value());
        }
        if (value instanceof MeasureValue.Counts c) {
            return new MeasureValue.Counts(period, c.numerator(), c.denominator());
        }
        return new MeasureValue.Subgroup(period, ((MeasureValue.Subgroup) value).values());
    }

    /** An analysis compared by what it shows: its points, parts and icons, or its problems. */
    private static String render(Outcome<ChartAnalysis> outcome) {
        return outcome.accepted().map(a -> a.points() + "|" + a.parts() + "|" + a.variationIcon() + "|" + a.assuranceIcon())
                .orElseGet(() -> outcome.problems().toString());
    }

    private static List<Plan> distinct(List<Plan> drawn) {
        List<Plan> plans = new ArrayList<>();
        for (Plan plan : drawn) {
            if (plans.size() < 4 && plans.stream().noneMatch(p -> p.id().equals(plan.id()))) {
                plans.add(plan);
            }
        }
        return plans;
    }
}
