package uk.nhs.coproduction.alwaysevents.progress.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import uk.nhs.coproduction.alwaysevents.internal.BundledJson;
import uk.nhs.coproduction.alwaysevents.progress.ProgressLevel;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScale;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * Reads the bundled IHI progress scale from its JSON document, so that {@link ProgressScale}
 * stays a value that does not parse JSON itself.
 */
public final class ScaleDocument {

    private static final String RESOURCE = "ihi-progress-scale.json";

    private ScaleDocument() {
    }

    /**
     * The bundled scale, read from its JSON document.
     *
     * @throws IllegalStateException naming the place when the bundled document is not a valid scale
     */
    public static ProgressScale standard() {
        JsonNode document = BundledJson.resource(ScaleDocument.class, RESOURCE);
        String where = "internal/" + RESOURCE;
        FrameworkEdition edition = BundledJson.edition(document, where);
        List<JsonNode> items = BundledJson.array(document, "levels", where);
        List<ProgressLevel> levels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = where + ".levels[" + i + "]";
            ProgressScore score = ProgressScore.parse(BundledJson.text(items.get(i), "score", at));
            if (score.value() != 0.5 * (i + 1)) {
                throw new IllegalStateException(at + ": the levels must run from 0.5 to 5 in steps of 0.5, in order");
            }
            levels.add(new ProgressLevel(score, BundledJson.text(items.get(i), "label", at),
                    BundledJson.text(items.get(i), "description", at)));
        }
        if (levels.size() != 10) {
            throw new IllegalStateException(where + ": the scale has ten levels, from 0.5 to 5");
        }
        return ProgressScale.of(edition, levels);
    }
}
