package uk.nhs.coproduction.catalog.search;

import java.util.List;
import uk.nhs.coproduction.catalog.federation.Annotation;
import uk.nhs.coproduction.catalog.resource.Resource;

/**
 * One result: the resource, its title and summary with the matching words marked, and any local
 * notes a federated catalogue adds to it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resource the resource, never null
 * @param title the title with matches marked, never null
 * @param summary the summary with matches marked, never null
 * @param score the relevance score (higher is better; 0 when there is no text), for debugging only
 * @param annotations local notes on the resource, never null
 */
public record Hit(Resource resource, Snippet title, Snippet summary, float score, List<Annotation> annotations) {

    /** Copies the list. */
    public Hit {
        annotations = List.copyOf(annotations);
    }
}
