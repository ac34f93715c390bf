package uk.nhs.coproduction.alwaysevents.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.measurement.AssuranceIcon;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartPoint;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.PeriodReliability;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.VariationIcon;
import uk.nhs.coproduction.alwaysevents.measurement.svg.SvgChart;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Measure;
import uk.nhs.coproduction.alwaysevents.project.MeasureDefinition;

/**
 * One measure of a project's family of measures as a summary, a page and the portfolio show it:
 * its id, name and role, its chart, and its latest value with the Making Data Count variation and
 * assurance icons, or why there is nothing to chart yet. {@link #family(AlwaysEventProject)} gives
 * the whole family: the outcome measure (the Always Event&reg;'s reliability, id
 * {@value MeasureDefinition#RELIABILITY_ID}) first, then every process and balancing measure in
 * the order defined.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 * @provisional
 */
public final class MeasureSummary {

    /** The name of the outcome measure every project has. */
    public static final String RELIABILITY_NAME = "Reliability of the Always Event";

    private final String id;
    private final String name;
    private final MeasureRole role;
    private final String unit;
    private final @Nullable ChartAnalysis chart;
    private final @Nullable String latestPeriod;
    private final double latestValue;
    private final @Nullable String notCharted;

    private MeasureSummary(String id, String name, MeasureRole role, String unit, @Nullable ChartAnalysis chart,
            @Nullable String latestPeriod, double latestValue, @Nullable String notCharted) {
        this.id = id;
        this.name = name;
        this.role = role;
        this.unit = unit;
        this.chart = chart;
        this.latestPeriod = latestPeriod;
        this.latestValue = latestValue;
        this.notCharted = notCharted;
    }

    /**
     * {@return every measure of {@code project}: its reliability first, then its process and
     * balancing measures in the order defined}
     *
     * @param project the project
     */
    public static List<MeasureSummary> family(AlwaysEventProject project) {
        Objects.requireNonNull(project, "project");
        List<MeasureSummary> family = new ArrayList<>(1 + project.measures().size());
        family.add(reliability(project, project.reliability()));
        for (Measure measure : project.measures()) {
            family.add(of(measure));
        }
        return List.copyOf(family);
    }

    /**
     * {@return the outcome measure of {@code project}, read from {@code reliability} (the
     * project's reliability, or empty)}
     *
     * @param project the project
     * @param reliability the project's reliability against its aim, or empty without one
     */
    static MeasureSummary reliability(AlwaysEventProject project, Optional<Reliability> reliability) {
        String why = null;
        if (project.aim() == null) {
            why = "No aim stated yet";
        } else if (project.measurements().isEmpty()) {
            why = "No measurements yet";
        } else if (reliability.isEmpty()) {
            why = "The measurements cannot be charted";
        }
        if (why != null) {
            return new MeasureSummary(MeasureDefinition.RELIABILITY_ID, RELIABILITY_NAME, MeasureRole.OUTCOME, "%", null, null,
                    Double.NaN, why);
        }
        ChartAnalysis chart = reliability.get().chart();
        Optional<PeriodReliability> latest = reliability.get().latest();
        if (latest.isEmpty() || latest.get().percentage().isEmpty()) {
            return new MeasureSummary(MeasureDefinition.RELIABILITY_ID, RELIABILITY_NAME, MeasureRole.OUTCOME, "%", chart,
                    null, Double.NaN, "No period with anyone eligible yet");
        }
        return new MeasureSummary(MeasureDefinition.RELIABILITY_ID, RELIABILITY_NAME, MeasureRole.OUTCOME, "%", chart,
                latest.get().period(), latest.get().percentage().getAsDouble(), null);
    }

    /**
     * {@return the summary of one process or balancing measure: its chart
     * ({@link Measure#chart()}) and the chart's latest point with a value}
     *
     * @param measure the measure with its values
     */
    public static MeasureSummary of(Measure measure) {
        MeasureDefinition d = measure.definition();
        if (measure.values().isEmpty()) {
            return new MeasureSummary(d.id(), d.name(), d.role(), d.unit(), null, null, Double.NaN, "No values yet");
        }
        Optional<ChartAnalysis> chart = measure.chart().accepted();
        if (chart.isEmpty()) {
            return new MeasureSummary(d.id(), d.name(), d.role(), d.unit(), null, null, Double.NaN,
                    "The values cannot be charted");
        }
        Optional<ChartPoint> latest = chart.get().latestPoint();
        if (latest.isEmpty() || latest.get().value().isEmpty()) {
            return new MeasureSummary(d.id(), d.name(), d.role(), d.unit(), chart.get(), null, Double.NaN,
                    "No period with a value yet");
        }
        return new MeasureSummary(d.id(), d.name(), d.role(), d.unit(), chart.get(), latest.get().period(),
                latest.get().value().getAsDouble(), null);
    }

    /** {@return the measure's id: {@code reliability} for the outcome measure} */
    public String id() {
        return id;
    }

    /** {@return the measure's name} */
    public String name() {
        return name;
    }

    /** {@return outcome, process or balancing} */
    public MeasureRole role() {
        return role;
    }

    /** {@return the unit values are shown in, such as {@code %}; empty for none} */
    public String unit() {
        return unit;
    }

    /** {@return the measure's chart; empty until it can be charted} */
    public Optional<ChartAnalysis> chart() {
        return Optional.ofNullable(chart);
    }

    /** {@return the period of the latest value; empty until there is one} */
    public Optional<String> latestPeriod() {
        return Optional.ofNullable(latestPeriod);
    }

    /** {@return the latest value on the chart's displayed scale; empty until there is one} */
    public OptionalDouble latestValue() {
        return latestPeriod == null ? OptionalDouble.empty() : OptionalDouble.of(latestValue);
    }

    /** {@return the latest value as shown, such as {@code 95.0%} or {@code 3.5}; empty until there is one} */
    public Optional<String> latestText() {
        return latestPeriod == null ? Optional.empty()
                : Optional.of(String.format(Locale.ROOT, "%.1f%s", latestValue, unit));
    }

    /** {@return why there is no latest value yet, such as "No values yet"; empty when there is one} */
    public Optional<String> notCharted() {
        return Optional.ofNullable(notCharted);
    }

    /** {@return the variation icon of the latest point, when the chart gives one} */
    public Optional<VariationIcon> variationIcon() {
        return latestPeriod == null || chart == null ? Optional.empty() : chart.variationIcon();
    }

    /** {@return the assurance icon, when the chart gives one} */
    public Optional<AssuranceIcon> assuranceIcon() {
        return latestPeriod == null || chart == null ? Optional.empty() : chart.assuranceIcon();
    }

    /**
     * {@return the measure's chart as accessible SVG, titled with its name and chart type; empty
     * until it can be charted}
     */
    public Optional<String> chartSvg() {
        if (chart == null) {
            return Optional.empty();
        }
        return Optional.of(SvgChart.of(chart).withTitle(name + " (" + chart.chartType().title() + ")")
                .withAxisLabels("Period", unit.isEmpty() ? "Value" : "Value (" + unit + ")").render());
    }

    /**
     * {@return one line for a text summary: role, name, latest value with its period and icons, or
     * why there is none}
     */
    public String line() {
        String head = role.name().toLowerCase(Locale.ROOT) + " " + id + " (" + name + "): ";
        if (latestPeriod == null) {
            return head + Objects.requireNonNull(notCharted);
        }
        return head + latestText().orElseThrow() + " in " + latestPeriod
                + variationIcon().map(v -> ", variation " + v.code()).orElse("")
                + assuranceIcon().map(a -> ", assurance " + a.code()).orElse("");
    }

    /** Shows the id, role and whether it is charted; the name is the team's words and left out. */
    @Override
    public String toString() {
        return "MeasureSummary[" + id + ", " + role + (latestPeriod == null ? ", not charted" : ", latest " + latestPeriod)
                + "]";
    }
}
