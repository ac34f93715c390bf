package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReliabilityTest {

    /** Monthly counts: for how many patients the event happened, out of how many eligible. */
    private static Series counts(int[][] rows) {
        Series.Builder builder = Series.counts();
        for (int i = 0; i < rows.length; i++) {
            String period = String.format("2024-%02d", i + 1);
            if (rows[i] == null) {
                builder.addMissing(period);
            } else {
                builder.add(period, rows[i][0], rows[i][1]);
            }
        }
        return builder.build().orElseThrow();
    }

    @Test
    void sustainedWhenTheLatestSixPeriodsAllMeetTheAim() {
        Reliability reliability = Reliability.assess(counts(new int[][] {{14, 20}, {15, 20}, {19, 20}, {20, 20},
                {39, 40}, {19, 20}, {20, 20}, {48, 50}}), ReliabilityAim.ofPercent(95)).orElseThrow();

        assertThat(reliability.sustainment()).isInstanceOf(Sustainment.Sustained.class);
        assertThat(reliability.sustainment().explanation()).isEqualTo("Reliability has met the aim of 95% in each of the "
                + "latest 6 periods (2024-03 to 2024-08); the lowest was 95%.");
        assertThat(((Sustainment.Sustained) reliability.sustainment()).periods())
                .containsExactly("2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08");
        assertThat(reliability.periodsMeetingAim()).isEqualTo(6);
        assertThat(reliability.periods().get(0).percentage()).hasValue(70);
        assertThat(reliability.periods().get(0).status()).isEqualTo(PeriodReliability.AimStatus.NOT_MET);
        assertThat(reliability.latest().orElseThrow().period()).isEqualTo("2024-08");
        assertThat(reliability.overallPercentage().getAsDouble()).isCloseTo(100.0 * 194 / 210, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(reliability.summary()).startsWith("In 2024-08 the event happened for 48 of 50 people (96%); the aim is 95%. "
                + "6 of 8 periods with data met the aim. Reliability has met");
    }

    @Test
    void notSustainedNamesThePeriodsThatFellShort() {
        Reliability reliability = Reliability.assess(counts(new int[][] {{19, 20}, {20, 20}, {11, 12}, {20, 20},
                {15, 16}, {19, 20}}), ReliabilityAim.ofPercent(95)).orElseThrow();

        assertThat(reliability.sustainment()).isInstanceOfSatisfying(Sustainment.NotSustained.class, not -> {
            assertThat(not.periodsShortOfAim()).containsExactly("2024-03", "2024-05");
            assertThat(not.explanation()).isEqualTo("Reliability met the aim of 95% in 4 of the latest 6 periods "
                    + "(2024-01 to 2024-06); 2024-03 (91.7%), 2024-05 (93.8%) were below it.");
        });
    }

    @Test
    void aGapInTheLatestPeriodsMeansTheDataCannotShowIt() {
        Reliability reliability = Reliability.assess(counts(new int[][] {{20, 20}, {20, 20}, null, {20, 20},
                {0, 0}, {20, 20}}), ReliabilityAim.ofPercent(95)).orElseThrow();

        assertThat(reliability.sustainment()).isInstanceOfSatisfying(Sustainment.InsufficientData.class, data -> {
            assertThat(data.periodsAvailable()).isEqualTo(4);
            assertThat(data.explanation()).contains("2024-03, 2024-05");
        });
        assertThat(reliability.periods().get(4).status()).isEqualTo(PeriodReliability.AimStatus.NO_DATA);
        assertThat(reliability.chart().point(2).isGap()).isTrue();
    }

    @Test
    void tooFewPeriodsIsInsufficientData() {
        Reliability reliability = Reliability.assess(counts(new int[][] {{20, 20}, {20, 20}}),
                ReliabilityAim.ofPercent(95)).orElseThrow();
        assertThat(reliability.sustainment()).isInstanceOf(Sustainment.InsufficientData.class);
        assertThat(reliability.sustainment().isSustained()).isFalse();
    }

    @Test
    void aShiftAboveTheBaselineWhoseMedianMeetsTheAimIsSustained() {
        int[][] rows = {{14, 20}, {15, 20}, {13, 20}, {14, 20}, {16, 20}, {15, 20},
                {19, 20}, {20, 20}, {19, 20}, {20, 20}, {19, 20}, {20, 20}, {20, 20}};
        Reliability reliability = Reliability.assess(counts(rows), ReliabilityAim.ofPercent(95),
                SustainRule.shiftAboveBaseline(6)).orElseThrow();

        assertThat(reliability.sustainment().explanation()).isEqualTo("Since 2024-07, reliability has stayed above the "
                + "baseline median of 72.5% for 7 periods with data (a shift: 6 or more), and the median of those "
                + "periods, 100%, meets the aim of 95%.");
        assertThat(reliability.sustainment().isSustained()).isTrue();
        assertThat(reliability.chart().point(12).signals()).extracting(Signal::rule).contains(Signal.Rule.SHIFT);
        assertThat(reliability.chart().spec().target()).hasValue(95);
    }

    @Test
    void aShiftBelowTheAimIsNotSustainedAtTheAim() {
        int[][] rows = {{10, 20}, {11, 20}, {10, 20}, {12, 20}, {15, 20}, {16, 20}, {15, 20}, {16, 20}, {17, 20},
                {16, 20}};
        Reliability reliability = Reliability.assess(counts(rows), ReliabilityAim.ofPercent(95),
                SustainRule.shiftAboveBaseline(4)).orElseThrow();
        assertThat(reliability.sustainment()).isInstanceOf(Sustainment.NotSustained.class);
        assertThat(reliability.sustainment().explanation()).contains("is below the aim of 95%");
    }

    @Test
    void refusesValuesAndImpossibleCounts() {
        assertThat(Reliability.assess(Series.ofValues(0.9, 0.95).orElseThrow(), ReliabilityAim.ofPercent(95))
                .problems()).extracting(Problem::kind).containsExactly(Problem.Kind.COUNTS_REQUIRED);
        Series impossible = Series.counts().add("2024-01", 21, 20).add("2024-02", 3, 0).build().orElseThrow();
        assertThat(Reliability.assess(impossible, ReliabilityAim.ofPercent(95)).problems())
                .extracting(Problem::kind, Problem::point)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.Kind.NUMERATOR_ABOVE_DENOMINATOR, 1),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.EVENTS_WITHOUT_DENOMINATOR, 2));
    }

    @Test
    void anAimMustBeAPercentageAboveZero() {
        assertThat(ReliabilityAim.ofPercent(95).proportion()).isEqualTo(0.95);
        assertThat(ReliabilityAim.ofPercent(85).isMetBy(17, 20)).isTrue();
        assertThat(ReliabilityAim.ofPercent(95).isMetBy(18, 19)).isFalse();
        assertThatThrownBy(() -> ReliabilityAim.ofPercent(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReliabilityAim.ofPercent(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
