package uk.nhs.coproduction.alwaysevents.measurement;

/**
 * How to decide that the reliability of an Always Event&reg; is sustained at its aim (for example
 * before it is spread):
 *
 * <ul>
 *   <li>{@link LatestPeriodsAtAim}: every one of the latest {@code periods} periods has data and
 *       meets the aim. {@link #standard()} uses 6 periods, the length of an IHI shift.</li>
 *   <li>{@link ShiftAtAim}: after a baseline of {@code baselinePeriods} periods, the latest periods
 *       form a shift above the baseline median (IHI rule: {@code shiftLength} or more in a row,
 *       periods on the median neither counting nor breaking it) that runs to the latest period, and
 *       the median of that shift meets the aim. This asks that a real change in the process holds
 *       the event at its aim, not only that recent periods happened to.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public sealed interface SustainRule permits SustainRule.LatestPeriodsAtAim, SustainRule.ShiftAtAim {

    /** {@return the latest 6 periods all at or above the aim} */
    static SustainRule standard() {
        return new LatestPeriodsAtAim(6);
    }

    /**
     * {@return the latest {@code periods} periods all at or above the aim}
     *
     * @param periods how many periods, at least 1
     */
    static LatestPeriodsAtAim latestPeriodsAtAim(int periods) {
        return new LatestPeriodsAtAim(periods);
    }

    /**
     * {@return a shift of 6 or more above the median of the first {@code baselinePeriods}, with its
     * median at the aim}
     *
     * @param baselinePeriods the periods whose median is the baseline, at least 1
     */
    static ShiftAtAim shiftAboveBaseline(int baselinePeriods) {
        return new ShiftAtAim(baselinePeriods, 6);
    }

    /** {@return a plain-English statement of the rule} */
    String describe();

    /**
     * Every one of the latest {@code periods} periods has data and meets the aim.
     *
     * @param periods how many periods, at least 1
     * @since 0.1.0
     */
    record LatestPeriodsAtAim(int periods) implements SustainRule {
        /**
         * Checks the number of periods.
         *
         * @param periods how many periods, at least 1
         */
        public LatestPeriodsAtAim {
            if (periods < 1) {
                throw new IllegalArgumentException("at least one period is needed: " + periods);
            }
        }

        @Override
        public String describe() {
            return "the latest " + periods + " period" + (periods == 1 ? "" : "s") + " all meet the aim";
        }
    }

    /**
     * A shift above the baseline median that runs to the latest period, with its median at the aim.
     *
     * @param baselinePeriods the periods whose median is the baseline, at least 1
     * @param shiftLength the periods in a row a shift needs, at least 2
     * @since 0.1.0
     */
    record ShiftAtAim(int baselinePeriods, int shiftLength) implements SustainRule {
        /**
         * Checks the components.
         *
         * @param baselinePeriods the periods whose median is the baseline, at least 1
         * @param shiftLength the periods in a row a shift needs, at least 2
         */
        public ShiftAtAim {
            if (baselinePeriods < 1) {
                throw new IllegalArgumentException("a baseline needs at least one period: " + baselinePeriods);
            }
            if (shiftLength < 2) {
                throw new IllegalArgumentException("a shift needs at least 2 periods: " + shiftLength);
            }
        }

        @Override
        public String describe() {
            return "a shift of " + shiftLength + " or more periods above the median of the first " + baselinePeriods
                    + ", running to the latest period, with its median at the aim";
        }
    }
}
