package uk.nhs.coproduction.alwaysevents.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.internal.PersistentList;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.Outcome;
import uk.nhs.coproduction.alwaysevents.measurement.Series;

/**
 * A process or balancing measure of a project with the values recorded for it: its
 * {@link MeasureDefinition} and one {@link MeasureValue} per period, in the order recorded (a
 * correction replaces the period's value where it stands).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param definition how the measure is defined and charted
 * @param values one value per period, in the order recorded
 * @since 0.1.0
 * @provisional
 */
public record Measure(MeasureDefinition definition, List<MeasureValue> values) {

    /**
     * Checks the components; the list is shared when already persistent, copied otherwise.
     *
     * @param definition how the measure is defined and charted
     * @param values one value per period, each of the definition's kind of data
     * @throws IllegalArgumentException if a value is of another kind than the definition's
     */
    public Measure {
        Objects.requireNonNull(definition, "definition");
        values = PersistentList.copyOf(values);
        for (MeasureValue value : values) {
            if (value.kind() != definition.data()) {
                throw new IllegalArgumentException("measure " + definition.id() + " holds " + definition.data()
                        + ", not " + value.kind());
            }
        }
    }

    /** {@return the measure's id} */
    public String id() {
        return definition.id();
    }

    /**
     * {@return the value recorded for {@code period}}
     *
     * @param period the period's label
     */
    public Optional<MeasureValue> value(String period) {
        return values.stream().filter(v -> v.period().equals(period)).findFirst();
    }

    /** {@return the latest value recorded (the last in recording order)} */
    public Optional<MeasureValue> latest() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** {@return the values as a series for the measurement package; empty without values} */
    public Optional<Series> series() {
        return values.isEmpty() ? Optional.empty() : seriesOutcome().accepted();
    }

    private Outcome<Series> seriesOutcome() {
        Series.Builder builder = switch (definition.data()) {
            case VALUES -> Series.values();
            case COUNTS -> Series.counts();
            case SUBGROUPS -> Series.subgroups();
        };
        for (MeasureValue value : values) {
            if (value instanceof MeasureValue.Value v) {
                builder.add(v.period(), v.value());
            } else if (value instanceof MeasureValue.Counts c) {
                builder.add(c.period(), c.numerator(), c.denominator());
            } else if (value instanceof MeasureValue.Subgroup g) {
                builder.addSubgroup(g.period(), g.values().stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return builder.build();
    }

    /**
     * {@return the measure's chart: its series analysed with the definition's {@link
     * MeasureDefinition#chartSpec()}, or the problems (no values yet, or values the chart cannot
     * read)}
     */
    public Outcome<ChartAnalysis> chart() {
        return seriesOutcome().flatMap(series -> definition.chartSpec().analyse(series));
    }

    /** Shows the definition's id and the number of values; nothing the team wrote. */
    @Override
    public String toString() {
        return "Measure[" + definition + ", " + values.size() + " values]";
    }
}
