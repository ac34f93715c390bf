package uk.nhs.coproduction.alwaysevents.measurement;

/**
 * The aim for the reliability of an Always Event&reg;: the share of people for whom the event
 * should happen, for example 95 % (the most common aim in NHS examples; 80 %, 85 % and 100 % are
 * also seen). This record is immutable and thread-safe.
 *
 * @param proportion the aim as a proportion, above 0 and at most 1
 * @since 0.1.0
 */
public record ReliabilityAim(double proportion) {

    /**
     * Checks the proportion.
     *
     * @param proportion the aim as a proportion, above 0 and at most 1
     */
    public ReliabilityAim {
        if (!(proportion > 0 && proportion <= 1)) {
            throw new IllegalArgumentException("an aim must be above 0 % and at most 100 %: " + proportion);
        }
    }

    /**
     * {@return an aim given as a percentage, for example {@code ofPercent(95)}}
     *
     * @param percent the aim as a percentage, above 0 and at most 100
     * @throws IllegalArgumentException unless 0 &lt; percent &le; 100
     */
    public static ReliabilityAim ofPercent(double percent) {
        return new ReliabilityAim(percent / 100);
    }

    /** {@return the aim as a percentage} */
    public double percent() {
        return proportion * 100;
    }

    /**
     * {@return whether {@code events} out of {@code eligible} meets the aim ({@code eligible} above
     * 0)}
     *
     * @param events for how many the event happened
     * @param eligible how many were eligible
     */
    public boolean isMetBy(double events, double eligible) {
        return events / eligible >= proportion;
    }

    @Override
    public String toString() {
        return Reliability.percentText(percent());
    }
}
