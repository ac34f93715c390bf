package uk.nhs.coproduction.alwaysevents.statement.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import uk.nhs.coproduction.alwaysevents.internal.BundledJson;
import uk.nhs.coproduction.alwaysevents.statement.CriteriaEdition;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * Reads the bundled wording of the four criteria from its JSON document, so that
 * {@link CriteriaEdition} stays a value that does not parse JSON itself.
 */
public final class CriteriaDocument {

    private static final String RESOURCE = "always-event-criteria.json";

    private CriteriaDocument() {
    }

    /**
     * The bundled edition, read from its JSON document.
     *
     * @throws IllegalStateException naming the place when the bundled document is not valid
     */
    public static CriteriaEdition standard() {
        JsonNode document = BundledJson.resource(CriteriaDocument.class, RESOURCE);
        String where = "internal/" + RESOURCE;
        FrameworkEdition edition = BundledJson.edition(document, where);
        List<CriteriaEdition.Wording> wording = new ArrayList<>();
        Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
        List<JsonNode> items = BundledJson.array(document, "criteria", where);
        for (int i = 0; i < items.size(); i++) {
            String at = where + ".criteria[" + i + "]";
            Criterion criterion = BundledJson.constant(items.get(i), "criterion", Criterion.class, at);
            if (!seen.add(criterion)) {
                throw new IllegalStateException(at + ": " + criterion + " is worded twice");
            }
            wording.add(new CriteriaEdition.Wording(criterion, BundledJson.text(items.get(i), "name", at),
                    BundledJson.text(items.get(i), "description", at)));
        }
        if (seen.size() != Criterion.values().length) {
            throw new IllegalStateException(where + ": every criterion needs wording; found " + seen);
        }
        return CriteriaEdition.of(edition, wording);
    }
}
