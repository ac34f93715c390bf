package uk.nhs.coproduction.alwaysevents.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * How reliably an Always Event&reg; happens, period by period, against its aim, and whether that
 * reliability is sustained. Always Events is a registered trademark of the Institute for
 * Healthcare Improvement.
 *
 * <p>The input is a {@link Series} of counts: per period, for how many eligible people the event
 * happened (numerator) out of how many were eligible (denominator).
 *
 * <pre>{@code
 * Outcome<Reliability> outcome = Reliability.assess(counts, ReliabilityAim.ofPercent(95));
 * Reliability reliability = outcome.orElseThrow();
 * if (reliability.sustainment() instanceof Sustainment.Sustained sustained) {
 *     System.out.println(sustained.explanation());
 * }
 * }</pre>
 *
 * <p>{@link #chart()} is the run chart of the percentages with the IHI run-chart rules (the
 * rules of the Always Events method's measurement guidance) and the aim as its target line,
 * ready to draw. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Reliability {

    private final ReliabilityAim aim;
    private final SustainRule rule;
    private final List<PeriodReliability> periods;
    private final ChartAnalysis chart;
    private final Sustainment sustainment;

    private Reliability(ReliabilityAim aim, SustainRule rule, List<PeriodReliability> periods, ChartAnalysis chart,
            Sustainment sustainment) {
        this.aim = aim;
        this.rule = rule;
        this.periods = List.copyOf(periods);
        this.chart = chart;
        this.sustainment = sustainment;
    }

    /**
     * Assesses reliability against {@code aim} with {@link SustainRule#standard()}.
     *
     * @param counts the counts of the Always Event, period by period
     * @param aim the aim, such as 95 %
     * @return the assessment, or the problems that prevent one
     */
    public static Outcome<Reliability> assess(Series counts, ReliabilityAim aim) {
        return assess(counts, aim, SustainRule.standard());
    }

    /**
     * Assesses reliability against {@code aim}, judging sustainment by {@code rule}.
     *
     * @param counts the counts of the Always Event, period by period
     * @param aim the aim, such as 95 %
     * @param rule how sustainment is judged
     * @return the assessment, or a refusal when the series holds values rather than counts, or a
     *     period has more events than eligible people or events with nobody eligible
     */
    public static Outcome<Reliability> assess(Series counts, ReliabilityAim aim, SustainRule rule) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(aim, "aim");
        Objects.requireNonNull(rule, "rule");
        if (counts.kind() != Series.Kind.COUNTS) {
            return Outcome.refused(List.of(Problem.of(Problem.Kind.COUNTS_REQUIRED, "Reliability needs, for every "
                    + "period, the number of people for whom the event happened and the number eligible.")));
        }
        List<Problem> problems = new ArrayList<>();
        List<PeriodReliability> periods = new ArrayList<>(counts.size());
        Series.Builder percentages = Series.values();
        for (int i = 0; i < counts.size(); i++) {
            String period = counts.period(i);
            Observation observation = counts.observation(i);
            if (!(observation instanceof Observation.Count count) || count.denominator() == 0) {
                if (observation instanceof Observation.Count count && count.numerator() > 0) {
                    problems.add(Problem.at(Problem.Kind.EVENTS_WITHOUT_DENOMINATOR, i + 1, period, "Point " + (i + 1)
                            + " (" + period + "): the event happened for " + count.numerator()
                            + " people but nobody was eligible."));
                }
                double events = observation instanceof Observation.Count count ? count.numerator() : 0;
                periods.add(new PeriodReliability(period, events, 0, OptionalDouble.empty(),
                        PeriodReliability.AimStatus.NO_DATA));
                percentages.addMissing(period);
                continue;
            }
            if (count.numerator() > count.denominator()) {
                problems.add(Problem.at(Problem.Kind.NUMERATOR_ABOVE_DENOMINATOR, i + 1, period, "Point " + (i + 1)
                        + " (" + period + "): " + CountRule.problemWith(count.numerator(), count.denominator()) + "."));
                continue;
            }
            double percent = 100 * count.numerator() / count.denominator();
            periods.add(new PeriodReliability(period, count.numerator(), count.denominator(), OptionalDouble.of(percent),
                    aim.isMetBy(count.numerator(), count.denominator()) ? PeriodReliability.AimStatus.MET
                            : PeriodReliability.AimStatus.NOT_MET));
            percentages.add(period, percent);
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        Series series = percentages.build().orElseThrow();
        RuleSet.Ihi ihi = RuleSet.ihi();
        Baseline baseline = Baseline.whole();
        if (rule instanceof SustainRule.ShiftAtAim shift) {
            ihi = ihi.withShiftLength(shift.shiftLength());
            if (shift.baselinePeriods() < series.size()) {
                baseline = baseline.withFreeze(shift.baselinePeriods());
            }
        }
        ChartSpec spec = ChartSpec.of(ChartType.RUN, ihi).withBaseline(baseline)
                .withImprovement(ImprovementDirection.INCREASE).withTarget(aim.percent());
        Outcome<ChartAnalysis> chart = spec.analyse(series);
        if (chart instanceof Outcome.Refused<ChartAnalysis> refused) {
            return Outcome.refused(refused.problems());
        }
        ChartAnalysis analysis = chart.orElseThrow();
        Sustainment sustainment = rule instanceof SustainRule.LatestPeriodsAtAim latest
                ? latestPeriods(periods, aim, latest.periods()) : shiftAtAim(periods, analysis, aim, (SustainRule.ShiftAtAim) rule);
        return Outcome.accepted(new Reliability(aim, rule, periods, analysis, sustainment));
    }

    /** {@return the aim} */
    public ReliabilityAim aim() {
        return aim;
    }

    /** {@return the rule that judged sustainment} */
    public SustainRule rule() {
        return rule;
    }

    /** {@return every period, in time order} */
    public List<PeriodReliability> periods() {
        return periods;
    }

    /** {@return the latest period with data, if any} */
    public Optional<PeriodReliability> latest() {
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (periods.get(i).hasData()) {
                return Optional.of(periods.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the percentage over every period: all events over everyone eligible; empty without
     * data}
     */
    public OptionalDouble overallPercentage() {
        double events = 0;
        double eligible = 0;
        for (PeriodReliability period : periods) {
            if (period.hasData()) {
                events += period.events();
                eligible += period.eligible();
            }
        }
        return eligible == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * events / eligible);
    }

    /** {@return how many periods met the aim} */
    public int periodsMeetingAim() {
        return (int) periods.stream().filter(p -> p.status() == PeriodReliability.AimStatus.MET).count();
    }

    /** {@return how many periods have data} */
    public int periodsWithData() {
        return (int) periods.stream().filter(PeriodReliability::hasData).count();
    }

    /**
     * {@return the run chart of the percentages (IHI rules, the aim as target), for drawing and for
     * its signals}
     */
    public ChartAnalysis chart() {
        return chart;
    }

    /** {@return whether reliability is sustained at the aim, and why} */
    public Sustainment sustainment() {
        return sustainment;
    }

    /**
     * {@return a one-paragraph plain-English summary: the latest period, the share of periods at
     * the aim, and sustainment}
     */
    public String summary() {
        StringBuilder text = new StringBuilder();
        Optional<PeriodReliability> latest = latest();
        if (latest.isPresent()) {
            PeriodReliability period = latest.get();
            text.append("In ").append(period.period()).append(" the event happened for ")
                    .append(countText(period.events())).append(" of ").append(countText(period.eligible()))
                    .append(" people (").append(percentText(period.percentage().getAsDouble())).append("); the aim is ")
                    .append(aim).append(". ");
            text.append(periodsMeetingAim()).append(" of ").append(periodsWithData()).append(" periods with data met the aim. ");
        } else {
            text.append("No period has data yet. ");
        }
        return text.append(sustainment.explanation()).toString();
    }

    @Override
    public String toString() {
        return "Reliability[aim " + aim + ", " + periods.size() + " periods, "
                + sustainment.getClass().getSimpleName() + "]";
    }

    private static Sustainment latestPeriods(List<PeriodReliability> periods, ReliabilityAim aim, int k) {
        if (periods.size() < k) {
            return new Sustainment.InsufficientData("Sustained reliability is judged on the latest " + k
                    + " periods; only " + periods.size() + " " + (periods.size() == 1 ? "has" : "have")
                    + " been reported so far.", k, periods.size());
        }
        List<PeriodReliability> window = periods.subList(periods.size() - k, periods.size());
        List<String> missing = window.stream().filter(p -> !p.hasData()).map(PeriodReliability::period).toList();
        String span = window.get(0).period() + " to " + window.get(k - 1).period();
        if (!missing.isEmpty()) {
            return new Sustainment.InsufficientData("The latest " + k + " periods (" + span + ") include "
                    + missing.size() + " with no data (" + String.join(", ", missing)
                    + "), so sustained reliability cannot be shown yet.", k, k - missing.size());
        }
        List<PeriodReliability> short_ = window.stream()
                .filter(p -> p.status() == PeriodReliability.AimStatus.NOT_MET).toList();
        if (short_.isEmpty()) {
            double lowest = window.stream().mapToDouble(p -> p.percentage().getAsDouble()).min().orElseThrow();
            return new Sustainment.Sustained("Reliability has met the aim of " + aim + " in each of the latest " + k
                    + " periods (" + span + "); the lowest was " + percentText(lowest) + ".",
                    window.stream().map(PeriodReliability::period).toList());
        }
        String shortfalls = short_.stream().map(p -> p.period() + " (" + percentText(p.percentage().getAsDouble()) + ")")
                .collect(Collectors.joining(", "));
        return new Sustainment.NotSustained("Reliability met the aim of " + aim + " in " + (k - short_.size()) + " of the "
                + "latest " + k + " periods (" + span + "); " + shortfalls + (short_.size() == 1 ? " was" : " were")
                + " below it.", short_.stream().map(PeriodReliability::period).toList());
    }

    private static Sustainment shiftAtAim(List<PeriodReliability> periods, ChartAnalysis chart, ReliabilityAim aim,
            SustainRule.ShiftAtAim rule) {
        int baseline = rule.baselinePeriods();
        int needed = baseline + rule.shiftLength();
        if (periods.size() < needed) {
            return new Sustainment.InsufficientData("A shift needs " + baseline + " baseline periods and at least "
                    + rule.shiftLength() + " after them; " + periods.size() + " have been reported so far.", needed,
                    periods.size());
        }
        double median = chart.point(0).centre().orElseThrow();
        // The latest run above the baseline median, skipping periods on the median or without data.
        List<PeriodReliability> run = new ArrayList<>();
        for (int i = periods.size() - 1; i >= baseline; i--) {
            PeriodReliability period = periods.get(i);
            if (!period.hasData() || period.percentage().getAsDouble() == median) {
                continue;
            }
            if (period.percentage().getAsDouble() < median) {
                break;
            }
            run.add(0, period);
        }
        String medianText = percentText(median);
        if (run.size() < rule.shiftLength()) {
            return new Sustainment.NotSustained("The latest periods do not form a shift above the baseline median of "
                    + medianText + ": " + (run.isEmpty() ? "the latest period with data is not above it"
                    : "only the latest " + run.size() + " " + (run.size() == 1 ? "is" : "are") + " above it, and a shift needs "
                    + rule.shiftLength()) + ".", List.of());
        }
        double[] values = run.stream().mapToDouble(p -> p.percentage().getAsDouble()).sorted().toArray();
        double runMedian = values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        String since = "Since " + run.get(0).period() + ", reliability has stayed above the baseline median of "
                + medianText + " for " + run.size() + " periods with data (a shift: " + rule.shiftLength()
                + " or more), ";
        if (runMedian >= aim.percent()) {
            return new Sustainment.Sustained(since + "and the median of those periods, " + percentText(runMedian)
                    + ", meets the aim of " + aim + ".", run.stream().map(PeriodReliability::period).toList());
        }
        return new Sustainment.NotSustained(since + "but the median of those periods, " + percentText(runMedian)
                + ", is below the aim of " + aim + ".", run.stream()
                .filter(p -> p.status() == PeriodReliability.AimStatus.NOT_MET).map(PeriodReliability::period).toList());
    }

    /** A percentage with at most one decimal, for example "95%" or "96.2%". */
    static String percentText(double percent) {
        return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static String countText(double count) {
        return count == Math.rint(count) ? Long.toString((long) count) : BigDecimal.valueOf(count).toPlainString();
    }
}
