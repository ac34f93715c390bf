package uk.nhs.coproduction.alwaysevents.statement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import uk.nhs.coproduction.alwaysevents.internal.BundledJson;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * The wording of the four {@link Criterion criteria} of an Always Event&reg;, as versioned data:
 * which edition it comes from, and a name and description for each criterion.
 *
 * <p>{@link #standard()} is the bundled edition, paraphrased from the toolkit IHI prepared for
 * NHS England. This class is immutable and thread-safe.
 */
public final class CriteriaEdition {

    private static final String RESOURCE = "internal/always-event-criteria.json";

    private final FrameworkEdition edition;
    private final Map<Criterion, Wording> wording;

    /**
     * The name and description of one criterion.
     *
     * @param criterion the criterion
     * @param name a short name, such as "Important"
     * @param description what meeting it means
     */
    public record Wording(Criterion criterion, String name, String description) {
        /** Checks the components. */
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

    /** The bundled edition. */
    public static CriteriaEdition standard() {
        return Holder.STANDARD;
    }

    /** Which edition this is, with its sources and how far its wording can be trusted. */
    public FrameworkEdition edition() {
        return edition;
    }

    /** The wording of {@code criterion}. */
    public Wording wording(Criterion criterion) {
        return wording.get(criterion);
    }

    /** The short name of {@code criterion}, such as "Affordable and sustainable". */
    public String name(Criterion criterion) {
        return wording.get(criterion).name();
    }

    /** Every criterion's wording, in the enum's order. */
    public List<Wording> all() {
        return List.copyOf(wording.values());
    }

    private static CriteriaEdition load() {
        JsonNode document = BundledJson.resource(CriteriaEdition.class, RESOURCE);
        String where = RESOURCE;
        FrameworkEdition edition = BundledJson.edition(document, where);
        Map<Criterion, Wording> wording = new EnumMap<>(Criterion.class);
        List<JsonNode> items = BundledJson.array(document, "criteria", where);
        for (int i = 0; i < items.size(); i++) {
            String at = where + ".criteria[" + i + "]";
            Criterion criterion = BundledJson.constant(items.get(i), "criterion", Criterion.class, at);
            if (wording.put(criterion, new Wording(criterion, BundledJson.text(items.get(i), "name", at),
                    BundledJson.text(items.get(i), "description", at))) != null) {
                throw new IllegalStateException(at + ": " + criterion + " is worded twice");
            }
        }
        if (wording.size() != Criterion.values().length) {
            throw new IllegalStateException(where + ": every criterion needs wording; found " + wording.keySet());
        }
        return new CriteriaEdition(edition, wording);
    }

    private static final class Holder {
        static final CriteriaEdition STANDARD = load();
    }
}
