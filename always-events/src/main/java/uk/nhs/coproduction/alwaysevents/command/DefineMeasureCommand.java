package uk.nhs.coproduction.alwaysevents.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.Series;

/**
 * Defines a process or balancing measure of the project, beside its outcome measure (the Always
 * Event&reg;'s reliability): its id, role, name, operational definition, the kind of data recorded
 * each period, the direction of improvement, an optional target, and the chart and rules it is
 * read with. Refused when the id is taken ({@link Refusals#MEASURE_ALREADY_DEFINED}), the role is
 * the outcome ({@link Refusals#OUTCOME_IS_RELIABILITY}) or the chart cannot read the kind of data
 * ({@link Refusals#CHART_CANNOT_READ_DATA}).
 *
 * <p>Checked with Bean Validation before it is decided. This record is immutable and thread-safe.
 *
 * @param measureId the measure's id in the project, such as {@code call-answered}
 * @param role {@link MeasureRole#PROCESS} or {@link MeasureRole#BALANCING}
 * @param name the measure's name, such as "Calls answered within 5 minutes"
 * @param operationalDefinition what is counted, how and when (no names)
 * @param kindOfData the kind of data recorded each period
 * @param chartType the chart it is read on
 * @param rules the rule set's code: {@code anhoej}, {@code ihi} or {@code mdc}
 * @param improvement which way is better
 * @param target the target on the chart's displayed scale (a percentage for counts), or null
 * @since 0.1.0
 * @provisional
 */
public record DefineMeasureCommand(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}",
                message = "must be lower-case letters, digits and hyphens, at most 64") String measureId,
        @NotNull MeasureRole role,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 2000) String operationalDefinition,
        @NotNull Series.Kind kindOfData,
        @NotNull ChartType chartType,
        @NotBlank @Pattern(regexp = "anhoej|ihi|mdc", message = "must be anhoej, ihi or mdc") String rules,
        @NotNull ImprovementDirection improvement,
        @Nullable Double target) implements ProjectCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
