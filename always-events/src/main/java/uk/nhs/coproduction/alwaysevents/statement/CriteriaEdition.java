package uk.nhs.coproduction.alwaysevents.statement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.statement.internal.CriteriaDocument;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * The wording of the four {@link Criterion criteria} of an Always Event&reg;, as versioned data:
 * which edition it comes from, and a name and description for each criterion.
 *
 * <p>{@link #standard()} is the bundled edition, paraphrased from the toolkit IHI prepared for
 * NHS England. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CriteriaEdition {

    private final FrameworkEdition edition;
    private final Map<Criterion, Wording> wording;

    /**
     * The name and description of one criterion.
     *
     * @param criterion the criterion
     * @param name a short name, such as "Important"
     * @param description what meeting it means
     * @since 0.1.0
     */
    public record Wording(Criterion criterion, String name, String description) {
        /**
         * Checks the components.
         *
         * @param criterion the criterion
         * @param name a short name, such as "Important"
         * @param description what meeting it means
         */
        public Wording {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    private CriteriaEdition(FrameworkEdition edition, Map<Criterion, Wording> wording) {
        this.edition = edition;
        this.wording = wording;
    }

    /**
     * {@return an edition with this wording}
     *
     * @param edition which edition the wording comes from
     * @param wording the wording of every criterion, each once
     * @throws IllegalArgumentException when a criterion is worded twice or not at all
     */
    public static CriteriaEdition of(FrameworkEdition edition, List<Wording> wording) {
        Objects.requireNonNull(edition, "edition");
        Map<Criterion, Wording> byCriterion = new EnumMap<>(Criterion.class);
        for (Wording each : wording) {
            if (byCriterion.put(each.criterion(), each) != null) {
                throw new IllegalArgumentException(each.criterion() + " is worded twice");
            }
        }
        if (byCriterion.size() != Criterion.values().length) {
            throw new IllegalArgumentException("every criterion needs wording; found " + byCriterion.keySet());
        }
        return new CriteriaEdition(edition, byCriterion);
    }

    /** {@return the bundled edition (read once by the JSON layer)} */
    public static CriteriaEdition standard() {
        return Holder.STANDARD;
    }

    /** {@return which edition this is, with its sources and how far its wording can be trusted} */
    public FrameworkEdition edition() {
        return edition;
    }

    /**
     * {@return the wording of {@code criterion}}
     *
     * @param criterion the criterion
     */
    public Wording wording(Criterion criterion) {
        return wording.get(criterion);
    }

    /**
     * {@return the short name of {@code criterion}, such as "Affordable and sustainable"}
     *
     * @param criterion the criterion
     */
    public String name(Criterion criterion) {
        return wording.get(criterion).name();
    }

    /** {@return every criterion's wording, in the enum's order} */
    public List<Wording> all() {
        return List.copyOf(wording.values());
    }

    private static final class Holder {
        static final CriteriaEdition STANDARD = CriteriaDocument.standard();
    }
}
