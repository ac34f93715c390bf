package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.nhs.coproduction.alwaysevents.project.MeasureValue;

/**
 * Records one period's value of a process or balancing measure. The value is written as
 * {@link MeasureValue#text()} writes it for the measure's kind of data ({@code 42.5}, {@code 21/24}
 * or {@code 3.5, 4, 2.25}); a period is recorded once, and corrected with
 * {@link CorrectMeasureValueCommand}. A period written as a month ({@code 2024-03}) or a day
 * ({@code 2024-03-18}) must not end before the project started nor begin after today.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param measureId the measure's id
 * @param period the period's label, such as {@code 2024-03}
 * @param value the value as one line of text
 * @since 0.1.0
 * @provisional
 */
public record RecordMeasureValueCommand(
        @NotBlank @Size(max = 64) String measureId,
        @NotBlank @Size(max = 32) String period,
        @NotBlank @Size(max = 20000) String value) implements ProjectCommand {

    /**
     * {@return the command that records {@code value} for the measure {@code measureId}}
     *
     * @param measureId the measure's id
     * @param value the period and its value
     */
    public static RecordMeasureValueCommand of(String measureId, MeasureValue value) {
        return new RecordMeasureValueCommand(measureId, value.period(), value.text());
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
