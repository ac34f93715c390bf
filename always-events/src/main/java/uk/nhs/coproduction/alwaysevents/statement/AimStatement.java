package uk.nhs.coproduction.alwaysevents.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.measurement.ReliabilityAim;

/**
 * The SMART aim of an Always Event&reg;: by a date, for what share of which people, what will
 * happen. For example: by 31 March 2018, preferred contact equipment is available within 5
 * minutes of a request for 95% of requests by people on the assessment and treatment unit.
 *
 * <p>{@link #reliabilityAim()} gives the percentage to the measurement package, which judges
 * whether reliability is sustained at it. This record is immutable and thread-safe.
 *
 * @param population who it is for (the defined population or occasions), never blank
 * @param measure what will happen, as it is measured, never blank
 * @param percent the share of the population, above 0 and at most 100
 * @param achieveBy the date by which it will be achieved
 * @since 0.1.0
 */
public record AimStatement(String population, String measure, double percent, LocalDate achieveBy) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /**
     * Checks the components.
     *
     * @param population who it is for (the defined population or occasions), never blank
     * @param measure what will happen, as it is measured, never blank
     * @param percent the share of the population, above 0 and at most 100
     * @param achieveBy the date by which it will be achieved
     */
    public AimStatement {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(achieveBy, "achieveBy");
        if (population.isBlank() || measure.isBlank()) {
            throw new IllegalArgumentException("an aim statement needs a population and a measure");
        }
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("an aim's percentage must be above 0 and at most 100: " + percent);
        }
    }

    /**
     * {@return the aim: {@code percent} of {@code population}, by {@code achieveBy}, for {@code
     * measure}}
     *
     * @param population who it is for (the defined population or occasions), never blank
     * @param measure what will happen, as it is measured, never blank
     * @param percent the share of the population, above 0 and at most 100
     * @param achieveBy the date by which it will be achieved
     */
    public static AimStatement of(String population, String measure, double percent, LocalDate achieveBy) {
        return new AimStatement(population, measure, percent, achieveBy);
    }

    /** {@return the percentage as the measurement package's aim} */
    public ReliabilityAim reliabilityAim() {
        return ReliabilityAim.ofPercent(percent);
    }

    /** {@return the aim as one sentence, such as "By 31 March 2018, 95% of …: …"} */
    public String sentence() {
        return "By " + DATE.format(achieveBy) + ", " + percentText() + " of " + population + ": " + measure + ".";
    }

    /** {@return the percentage as text, such as "95%"} */
    public String percentText() {
        return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
    }
}
