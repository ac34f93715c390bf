package uk.nhs.coproduction.catalog.search;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.catalog.resource.Annotation;
import uk.nhs.coproduction.catalog.resource.Resource;

/**
 * One result: the resource, its title and summary with the matching words marked, and any local
 * notes a federated catalogue adds to it.
 *
 * <p>The marked title and summary are worked out the first time they are asked for, so a caller
 * that needs only counts or ids does not pay for them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Hit {

    private final Resource resource;
    private final float score;
    private final List<Annotation> annotations;
    private final Lazy title;
    private final Lazy summary;

    private Hit(Resource resource, float score, List<Annotation> annotations, Supplier<Snippet> title,
            Supplier<Snippet> summary) {
        this.resource = Objects.requireNonNull(resource);
        this.score = score;
        this.annotations = List.copyOf(annotations);
        this.title = new Lazy(title);
        this.summary = new Lazy(summary);
    }

    /**
     * {@return a hit with its snippets already made}
     *
     * @param resource the resource that matched
     * @param title the title with the matches marked
     * @param summary the summary with the matches marked
     * @param score its relevance score
     * @param annotations local notes on the resource
     */
    public static Hit of(Resource resource, Snippet title, Snippet summary, float score, List<Annotation> annotations) {
        return new Hit(resource, score, annotations, () -> title, () -> summary);
    }

    /**
     * {@return a hit whose snippets are made on first use by the given (thread-safe) functions}
     *
     * @param resource the resource that matched
     * @param score its relevance score
     * @param annotations local notes on the resource
     * @param title makes the title with the matches marked
     * @param summary makes the summary with the matches marked
     */
    public static Hit lazy(Resource resource, float score, List<Annotation> annotations, Supplier<Snippet> title,
            Supplier<Snippet> summary) {
        return new Hit(resource, score, annotations, title, summary);
    }

    /** {@return the resource, never null} */
    public Resource resource() {
        return resource;
    }

    /** {@return the title with matches marked, never null} */
    public Snippet title() {
        return title.get();
    }

    /** {@return the summary with matches marked, never null} */
    public Snippet summary() {
        return summary.get();
    }

    /**
     * {@return the relevance score (higher is better; 0 when not sorted by relevance), for
     * debugging only}
     */
    public float score() {
        return score;
    }

    /** {@return local notes on the resource, never null} */
    public List<Annotation> annotations() {
        return annotations;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Hit h && resource.equals(h.resource) && Float.compare(score, h.score) == 0
                && annotations.equals(h.annotations) && title().equals(h.title()) && summary().equals(h.summary());
    }

    @Override
    public int hashCode() {
        return Objects.hash(resource.id(), score);
    }

    @Override
    public String toString() {
        return "Hit[" + resource.id() + ", " + score + "]";
    }

    /** A value computed once, on first use, safely across threads. */
    private static final class Lazy {
        private @Nullable Supplier<Snippet> supplier;
        private volatile @Nullable Snippet value;

        Lazy(Supplier<Snippet> supplier) {
            this.supplier = supplier;
        }

        Snippet get() {
            Snippet result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = Objects.requireNonNull(Objects.requireNonNull(supplier).get());
                        value = result;
                        supplier = null;
                    }
                }
            }
            return result;
        }
    }
}
