package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.measurement.ChartSpec;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.RuleSet;
import uk.nhs.coproduction.alwaysevents.measurement.Series;

/**
 * A process or balancing measure of a project, as the team defined it: its id in the project,
 * its role in the family of measures, its name and operational definition (what is counted, how
 * and when, so that everyone measures it the same way), the kind of data recorded each period,
 * the direction of improvement, an optional target, and the chart and rules it is read with.
 *
 * <p>The operational definition says how something is measured; it is not personal data, and the
 * team is asked not to write names in it. This record is immutable and thread-safe.
 *
 * @param id the measure's id, unique in the project: lower-case letters, digits and hyphens,
 *     starting with a letter or digit, at most 64 characters, such as {@code call-answered}
 * @param role {@link MeasureRole#PROCESS} or {@link MeasureRole#BALANCING} (the outcome measure
 *     is the Always Event&reg;'s reliability)
 * @param name the measure's name, such as "Calls answered within 5 minutes"
 * @param operationalDefinition what is counted, how and when
 * @param data the kind of data recorded each period
 * @param improvement which way is better
 * @param target the target on the chart's displayed scale (a percentage for counts on a P chart),
 *     or null for none
 * @param chartType the chart the measure is read on; it must read {@code data}
 *     ({@link #reads(Series.Kind, ChartType)})
 * @param rules the code of the rule set it is read with: {@code anhoej}, {@code ihi} or {@code mdc}
 * @since 0.1.0
 * @provisional
 */
public record MeasureDefinition(String id, MeasureRole role, String name, String operationalDefinition, Series.Kind data,
        ImprovementDirection improvement, @Nullable Double target, ChartType chartType, String rules) {

    /** The longest measure id accepted. */
    public static final int MAX_ID_LENGTH = 64;
    /** The pattern of a measure's id. */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    /** The id no process or balancing measure may take: the outcome measure's. */
    public static final String RELIABILITY_ID = "reliability";

    /**
     * Checks the components.
     *
     * @param id the measure's id
     * @param role process or balancing
     * @param name the measure's name
     * @param operationalDefinition what is counted, how and when
     * @param data the kind of data recorded each period
     * @param improvement which way is better
     * @param target the target, or null
     * @param chartType the chart the measure is read on
     * @param rules the rule set's code
     * @throws IllegalArgumentException if a component breaks the rules above
     */
    public MeasureDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operationalDefinition, "operationalDefinition");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(improvement, "improvement");
        Objects.requireNonNull(chartType, "chartType");
        Objects.requireNonNull(rules, "rules");
        if (!id.matches(ID_PATTERN) || id.equals(RELIABILITY_ID)) {
            throw new IllegalArgumentException("a measure's id is lower-case letters, digits and hyphens, "
                    + "at most 64, and not \"reliability\"");
        }
        if (role == MeasureRole.OUTCOME) {
            throw new IllegalArgumentException("the outcome measure is the Always Event's reliability: "
                    + "a defined measure is a process or balancing measure");
        }
        if (name.isBlank() || operationalDefinition.isBlank()) {
            throw new IllegalArgumentException("a measure has a name and an operational definition");
        }
        if (target != null && !Double.isFinite(target)) {
            throw new IllegalArgumentException("a target must be a finite number");
        }
        if (!reads(data, chartType)) {
            throw new IllegalArgumentException("a " + chartType.title() + " cannot read " + data);
        }
        if (RuleSet.fromCode(rules).isEmpty() || !rules.equals(RuleSet.fromCode(rules).get().code())) {
            throw new IllegalArgumentException("rules must be anhoej, ihi or mdc");
        }
    }

    /**
     * {@return whether a chart of {@code chartType} reads data of {@code data}: subgroups only X&#772;
     * and S charts; counts every chart but those for subgroups and the C, G and T charts (which read
     * one count or time per period); values every chart that needs neither counts nor subgroups}
     *
     * @param data the kind of data
     * @param chartType the chart
     */
    public static boolean reads(Series.Kind data, ChartType chartType) {
        boolean eventsBetween = chartType == ChartType.C || chartType == ChartType.G || chartType == ChartType.T;
        return switch (data) {
            case SUBGROUPS -> chartType.needsSubgroups();
            case COUNTS -> !chartType.needsSubgroups() && !eventsBetween;
            case VALUES -> !chartType.needsCounts() && !chartType.needsSubgroups();
        };
    }

    /** {@return the rule set the measure is read with} */
    public RuleSet ruleSet() {
        return RuleSet.fromCode(rules).orElseThrow();
    }

    /**
     * {@return whether values are shown as percentages: counts on any chart but a U chart (whose
     * values are rates, not shares)}
     */
    public boolean percentage() {
        return data == Series.Kind.COUNTS && chartType != ChartType.U;
    }

    /** {@return the unit values are shown in: {@code %} for percentages, otherwise none} */
    public String unit() {
        return percentage() ? "%" : "";
    }

    /** {@return the target, if one is set} */
    public OptionalDouble targetValue() {
        return target == null ? OptionalDouble.empty() : OptionalDouble.of(target);
    }

    /**
     * {@return the chart the measure is read on: its chart type, rules, direction of improvement
     * and target, shown as a percentage when {@link #percentage()}}
     */
    public ChartSpec chartSpec() {
        ChartSpec spec = ChartSpec.of(chartType, ruleSet()).withImprovement(improvement);
        if (percentage()) {
            spec = spec.withMultiplier(100);
        }
        return target == null ? spec : spec.withTarget(target);
    }

    /** Shows the id, role and chart; the name and definition are the team's words and left out. */
    @Override
    public String toString() {
        return "MeasureDefinition[" + id + ", " + role + ", " + data + ", " + chartType.code() + ", " + rules + "]";
    }
}
