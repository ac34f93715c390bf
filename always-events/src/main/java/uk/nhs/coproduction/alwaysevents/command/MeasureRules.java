package uk.nhs.coproduction.alwaysevents.command;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.CountRule;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Measure;
import uk.nhs.coproduction.alwaysevents.project.MeasureDefinedEvent;
import uk.nhs.coproduction.alwaysevents.project.MeasureDefinition;
import uk.nhs.coproduction.alwaysevents.project.MeasureValue;
import uk.nhs.coproduction.alwaysevents.project.MeasureValueCorrectedEvent;
import uk.nhs.coproduction.alwaysevents.project.MeasureValueRecordedEvent;
import uk.nhs.coproduction.alwaysevents.workflow.Fact;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;

/**
 * The rules for defining process and balancing measures and recording and correcting their
 * values: the decider's methods for those commands call these. Every reason is given at once, and
 * each names the field it concerns through its code (see {@link Refusals}).
 */
final class MeasureRules {

    private MeasureRules() {
    }

    static CommandResult define(AlwaysEventProject state, DefineMeasureCommand c) {
        List<Reason> reasons = new ArrayList<>(0);
        if (c.measureId().equals(MeasureDefinition.RELIABILITY_ID) || state.measure(c.measureId()).isPresent()) {
            reasons.add(Reason.of(Refusals.MEASURE_ALREADY_DEFINED, "The project already has a measure with the id "
                    + c.measureId() + "; choose another id.", Fact.of("measureId", c.measureId())));
        }
        if (c.role() == MeasureRole.OUTCOME) {
            reasons.add(Reason.of(Refusals.OUTCOME_IS_RELIABILITY, "The outcome measure is the Always Event's "
                    + "reliability; define a process or a balancing measure.", Fact.of("role", c.role().name())));
        }
        if (!MeasureDefinition.reads(c.kindOfData(), c.chartType())) {
            reasons.add(Reason.of(Refusals.CHART_CANNOT_READ_DATA, "A " + c.chartType().title() + " cannot read "
                    + dataWords(c.kindOfData()) + "; choose " + chartsFor(c.kindOfData()) + ".",
                    Fact.of("chartType", c.chartType().name()), Fact.of("data", c.kindOfData().name())));
        }
        if (!reasons.isEmpty()) {
            return new CommandResult.Refused(reasons);
        }
        return new CommandResult.Accepted(List.of(new MeasureDefinedEvent(new MeasureDefinition(c.measureId(), c.role(),
                c.name(), c.operationalDefinition(), c.kindOfData(), c.improvement(), c.target(), c.chartType(), c.rules()))));
    }

    static CommandResult record(AlwaysEventProject state, RecordMeasureValueCommand c, @Nullable LocalDate today) {
        Optional<Measure> measure = state.measure(c.measureId());
        if (measure.isEmpty()) {
            return unknown(c.measureId());
        }
        List<Reason> reasons = new ArrayList<>(0);
        if (measure.get().value(c.period()).isPresent()) {
            reasons.add(Reason.of(Refusals.MEASURE_VALUE_ALREADY_RECORDED, "The period " + c.period()
                    + " is already recorded for " + c.measureId() + "; correct it instead, saying why.",
                    Fact.of("measureId", c.measureId()), Fact.of("period", c.period())));
        }
        MeasureValue value = read(measure.get().definition(), c.period(), c.value(), today, state, reasons);
        if (!reasons.isEmpty() || value == null) {
            return new CommandResult.Refused(reasons);
        }
        return new CommandResult.Accepted(List.of(new MeasureValueRecordedEvent(c.measureId(), value)));
    }

    static CommandResult correct(AlwaysEventProject state, CorrectMeasureValueCommand c, @Nullable LocalDate today) {
        Optional<Measure> measure = state.measure(c.measureId());
        if (measure.isEmpty()) {
            return unknown(c.measureId());
        }
        List<Reason> reasons = new ArrayList<>(0);
        if (measure.get().value(c.period()).isEmpty()) {
            reasons.add(Reason.of(Refusals.MEASURE_VALUE_NOT_RECORDED, "The period " + c.period()
                    + " has not been recorded for " + c.measureId() + ", so there is nothing to correct.",
                    Fact.of("measureId", c.measureId()), Fact.of("period", c.period())));
        }
        MeasureValue value = read(measure.get().definition(), c.period(), c.value(), today, state, reasons);
        if (!reasons.isEmpty() || value == null) {
            return new CommandResult.Refused(reasons);
        }
        return new CommandResult.Accepted(List.of(new MeasureValueCorrectedEvent(c.measureId(), value, c.reason())));
    }

    private static CommandResult unknown(String measureId) {
        return new CommandResult.Refused(List.of(Reason.of(Refusals.UNKNOWN_MEASURE, "The project has no measure "
                + "with the id " + measureId + "; define it first.", Fact.of("measureId", measureId))));
    }

    /** The value, or null with the reasons it cannot be recorded added to {@code reasons}. */
    private static @Nullable MeasureValue read(MeasureDefinition definition, String period, String text,
            @Nullable LocalDate today, AlwaysEventProject state, List<Reason> reasons) {
        checkPeriod(period, state.profile().startedOn(), today, reasons);
        Optional<MeasureValue> parsed = MeasureValue.parse(period, definition.data(), text);
        if (parsed.isEmpty()) {
            reasons.add(Reason.of(Refusals.MEASURE_VALUE_WRONG_KIND, "The measure " + definition.id() + " is read on a "
                    + definition.chartType().title() + ", which takes " + MeasureValue.howToWrite(definition.data())
                    + " for each period.", Fact.of("measureId", definition.id()), Fact.of("data", definition.data().name())));
            return null;
        }
        String problem = outOfRange(definition.chartType(), parsed.get());
        if (problem != null) {
            reasons.add(Reason.of(Refusals.MEASURE_VALUE_OUT_OF_RANGE, "The measure " + definition.id() + " is read on a "
                    + definition.chartType().title() + ": " + problem + ".", Fact.of("measureId", definition.id()),
                    Fact.of("period", period)));
            return null;
        }
        return parsed.get();
    }

    private static @Nullable String outOfRange(ChartType chart, MeasureValue value) {
        if (value instanceof MeasureValue.Counts c) {
            if (c.denominator() == 0 && c.numerator() > 0) {
                return "events were counted but the denominator is 0";
            }
            return chart == ChartType.U ? null : CountRule.problemWith(c.numerator(), c.denominator());
        }
        if (value instanceof MeasureValue.Value v) {
            if (chart == ChartType.T && v.value() <= 0) {
                return "the time between events must be greater than 0";
            }
            if ((chart == ChartType.C || chart == ChartType.G) && v.value() < 0) {
                return "a count cannot be negative";
            }
            return null;
        }
        if (value instanceof MeasureValue.Subgroup g && chart == ChartType.S && g.values().size() < 2) {
            return "an S chart needs two or more values in every subgroup";
        }
        return null;
    }

    /**
     * Checks a period written as a month or a day against the project's start and today; a label
     * of another form (a week, a sample number) is taken as it is.
     */
    private static void checkPeriod(String period, LocalDate startedOn, @Nullable LocalDate today, List<Reason> reasons) {
        LocalDate first;
        LocalDate last;
        try {
            if (period.matches("[0-9]{4}-[0-9]{2}")) {
                YearMonth month = YearMonth.parse(period);
                first = month.atDay(1);
                last = month.atEndOfMonth();
            } else if (period.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                first = LocalDate.parse(period);
                last = first;
            } else {
                return;
            }
        } catch (DateTimeParseException e) {
            return;
        }
        if (last.isBefore(startedOn)) {
            reasons.add(Reason.of(Refusals.PERIOD_BEFORE_START, "The period " + period + " ends before the project "
                    + "started on " + startedOn + ".", Fact.of("period", period), Fact.of("startedOn", startedOn.toString())));
        }
        if (today != null && first.isAfter(today)) {
            reasons.add(Reason.of(Refusals.PERIOD_IN_THE_FUTURE, "The period " + period + " has not begun yet (today is "
                    + today + ").", Fact.of("period", period), Fact.of("today", today.toString())));
        }
    }

    private static String dataWords(uk.nhs.coproduction.alwaysevents.measurement.Series.Kind data) {
        return switch (data) {
            case VALUES -> "one value per period";
            case COUNTS -> "a numerator and a denominator per period";
            case SUBGROUPS -> "a subgroup of values per period";
        };
    }

    private static String chartsFor(uk.nhs.coproduction.alwaysevents.measurement.Series.Kind data) {
        List<String> codes = new ArrayList<>();
        for (ChartType type : ChartType.values()) {
            if (MeasureDefinition.reads(data, type)) {
                codes.add(type.title());
            }
        }
        return String.join(", ", codes.subList(0, codes.size() - 1)) + (codes.size() > 1 ? " or " : "")
                + codes.get(codes.size() - 1);
    }
}
