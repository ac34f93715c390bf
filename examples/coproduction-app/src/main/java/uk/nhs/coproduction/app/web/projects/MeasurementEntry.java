package uk.nhs.coproduction.app.web.projects;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.measurement.CountRule;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.app.projectcommands.CommandChoices;
import uk.nhs.coproduction.app.projectcommands.CommandField;
import uk.nhs.coproduction.app.web.site.FieldError;

/**
 * One period's measurement as entered on a project's page or sent to the API: the period, for how
 * many people the Always Event happened and how many were eligible, each checked with a message
 * that names the field and never repeats what was entered.
 *
 * @param period the period's label, such as {@code 2017-06}
 * @param numerator for how many people it happened
 * @param denominator how many people were eligible
 */
record MeasurementEntry(String period, int numerator, int denominator) {

    /** The period's field. */
    static final String PERIOD = "period";
    /** The numerator's field. */
    static final String NUMERATOR = "numerator";
    /** The denominator's field. */
    static final String DENOMINATOR = "denominator";

    /**
     * Checks what was entered; null is a field left out.
     *
     * @return the entry, or every field that is wrong
     */
    static Checked<MeasurementEntry> check(@Nullable String period, @Nullable String numerator,
            @Nullable String denominator) {
        List<FieldError> errors = new ArrayList<>();
        String label = period == null ? "" : period.strip();
        if (label.isEmpty()) {
            errors.add(new FieldError(PERIOD, "Give the period, such as 2017-06"));
        } else if (label.length() > Measurement.MAX_PERIOD_LENGTH) {
            errors.add(new FieldError(PERIOD, "The period must be " + Measurement.MAX_PERIOD_LENGTH
                    + " characters or fewer, such as 2017-06"));
        }
        Integer happened = count(numerator);
        if (happened == null) {
            errors.add(new FieldError(NUMERATOR, "Give the number of people it happened for: a whole number, 0 or "
                    + "more, such as 21"));
        }
        Integer eligible = count(denominator);
        if (eligible == null) {
            errors.add(new FieldError(DENOMINATOR, "Give the number of people who were eligible: a whole number, 0 or "
                    + "more, such as 24"));
        }
        if (happened != null && eligible != null && happened > eligible) {
            errors.add(new FieldError(NUMERATOR, CommandChoices.capitalised(CountRule.NUMERATOR_ABOVE_DENOMINATOR)));
        }
        return Checked.of(errors, () -> new MeasurementEntry(label, happened, eligible));
    }

    /** A whole number from 0 written in digits only, or null. */
    static @Nullable Integer count(@Nullable String text) {
        return CommandField.count(text);
    }

    /** The library's command. */
    RecordMeasurementCommand command() {
        return new RecordMeasurementCommand(period, numerator, denominator);
    }
}
