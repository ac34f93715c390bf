package uk.nhs.coproduction.alwaysevents.goals;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.nhs.coproduction.alwaysevents.goals.internal.GoalsDocument;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * The operational definition of the first national goal: which facts of an Always Events&reg;
 * project show that people with lived experience were partners from the very start and shared
 * decisions. It is versioned data ({@link #standard()} reads the bundled edition); an organisation
 * that defines it differently builds its own with {@link #of}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param edition where the definition comes from, and how far it can be trusted
 * @param name the measure's name, as people read it
 * @param operationalDefinition the definition in words, as the chart's page shows it
 * @param fromTheStartPhases the phases in which a member with lived experience must have joined
 *     the co-design team to count as there from the very start; never empty
 * @param sharedDecisions the kinds of fact that count as a design decision shared with lived
 *     experience; never empty
 * @param chartType the chart the measure is drawn on
 * @param whyThisChart why that chart, in words
 * @since 0.1.0
 * @provisional the facts that count may grow as projects record more decisions
 */
public record CoProductionDefinition(FrameworkEdition edition, String name, String operationalDefinition,
        Set<Phase> fromTheStartPhases, Set<SharedDecision> sharedDecisions, ChartType chartType, String whyThisChart) {

    /**
     * Checks the components and copies the sets.
     *
     * @param edition where the definition comes from, and how far it can be trusted
     * @param name the measure's name, as people read it
     * @param operationalDefinition the definition in words
     * @param fromTheStartPhases the phases that count as the very start; never empty
     * @param sharedDecisions the kinds of fact that count as a shared decision; never empty
     * @param chartType the chart the measure is drawn on
     * @param whyThisChart why that chart, in words
     */
    public CoProductionDefinition {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(chartType, "chartType");
        requireText(name, "name");
        requireText(operationalDefinition, "operationalDefinition");
        requireText(whyThisChart, "whyThisChart");
        if (fromTheStartPhases.isEmpty()) {
            throw new IllegalArgumentException("fromTheStartPhases: name at least one phase");
        }
        if (sharedDecisions.isEmpty()) {
            throw new IllegalArgumentException("sharedDecisions: name at least one kind of shared decision");
        }
        if (chartType.needsSubgroups() || chartType.needsCounts()) {
            throw new IllegalArgumentException("chartType: the measure is charted as one percentage per period, so a "
                    + chartType.title() + " does not fit");
        }
        fromTheStartPhases = Collections.unmodifiableSet(EnumSet.copyOf(fromTheStartPhases));
        sharedDecisions = Collections.unmodifiableSet(EnumSet.copyOf(sharedDecisions));
    }

    /**
     * {@return a definition}
     *
     * @param edition where the definition comes from
     * @param name the measure's name
     * @param operationalDefinition the definition in words
     * @param fromTheStartPhases the phases that count as the very start
     * @param sharedDecisions the kinds of fact that count as a shared decision
     * @param chartType the chart the measure is drawn on
     * @param whyThisChart why that chart
     */
    public static CoProductionDefinition of(FrameworkEdition edition, String name, String operationalDefinition,
            Set<Phase> fromTheStartPhases, Set<SharedDecision> sharedDecisions, ChartType chartType,
            String whyThisChart) {
        return new CoProductionDefinition(edition, name, operationalDefinition, fromTheStartPhases, sharedDecisions,
                chartType, whyThisChart);
    }

    /** {@return the bundled definition, read once from its JSON document} */
    public static CoProductionDefinition standard() {
        return Standard.DEFINITION;
    }

    /**
     * {@return this definition with other phases counting as the very start}
     *
     * @param phases the phases, never empty
     */
    public CoProductionDefinition withFromTheStartPhases(Set<Phase> phases) {
        return new CoProductionDefinition(edition, name, operationalDefinition, phases, sharedDecisions, chartType,
                whyThisChart);
    }

    /**
     * {@return this definition with other kinds of fact counting as a shared decision}
     *
     * @param kinds the kinds, never empty
     */
    public CoProductionDefinition withSharedDecisions(Set<SharedDecision> kinds) {
        return new CoProductionDefinition(edition, name, operationalDefinition, fromTheStartPhases, kinds, chartType,
                whyThisChart);
    }

    static void requireText(String text, String field) {
        Objects.requireNonNull(text, field);
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
    }

    private static final class Standard {
        static final CoProductionDefinition DEFINITION = GoalsDocument.coProductionFromTheStart();
    }
}
