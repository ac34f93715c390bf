package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.nhs.coproduction.alwaysevents.project.MeasureValue;

/**
 * Corrects a period's value of a process or balancing measure that was recorded earlier, saying
 * why; both are kept in the history. The value is written as for
 * {@link RecordMeasureValueCommand}.
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param measureId the measure's id
 * @param period the period's label
 * @param value the corrected value as one line of text
 * @param reason why it is corrected
 * @since 0.1.0
 * @provisional
 */
public record CorrectMeasureValueCommand(
        @NotBlank @Size(max = 64) String measureId,
        @NotBlank @Size(max = 32) String period,
        @NotBlank @Size(max = 20000) String value,
        @NotBlank @Size(max = 500) String reason) implements ProjectCommand {

    /**
     * {@return the command that corrects the measure {@code measureId} to {@code value}}
     *
     * @param measureId the measure's id
     * @param value the period and its corrected value
     * @param reason why it is corrected
     */
    public static CorrectMeasureValueCommand of(String measureId, MeasureValue value, String reason) {
        return new CorrectMeasureValueCommand(measureId, value.period(), value.text(), reason);
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
