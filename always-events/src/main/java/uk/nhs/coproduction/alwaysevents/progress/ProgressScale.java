package uk.nhs.coproduction.alwaysevents.progress;

import java.util.List;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.progress.internal.ScaleDocument;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * The IHI progress scale, 0.5 to 5, as versioned data: what each score means, and which edition
 * the wording comes from.
 *
 * <p>The scale is data and knows nothing of projects: a project suggests a score on it from its
 * own facts ({@code AlwaysEventProject.suggestProgress(ProgressScale)}), and a person sets the
 * score, with a rationale.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProgressScale {

    private final FrameworkEdition edition;
    private final List<ProgressLevel> levels;

    private ProgressScale(FrameworkEdition edition, List<ProgressLevel> levels) {
        this.edition = edition;
        this.levels = List.copyOf(levels);
    }

    /**
     * {@return a scale with this wording}
     *
     * @param edition which edition the wording comes from
     * @param levels ten levels, from 0.5 to 5 in steps of 0.5, in order
     * @throws IllegalArgumentException when the levels are not those ten
     */
    public static ProgressScale of(FrameworkEdition edition, List<ProgressLevel> levels) {
        Objects.requireNonNull(edition, "edition");
        if (levels.size() != 10) {
            throw new IllegalArgumentException("the scale has ten levels, from 0.5 to 5");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).score().value() != 0.5 * (i + 1)) {
                throw new IllegalArgumentException("the levels must run from 0.5 to 5 in steps of 0.5, in order");
            }
        }
        return new ProgressScale(edition, levels);
    }

    /** {@return the bundled edition of the scale (read once by the JSON layer)} */
    public static ProgressScale standard() {
        return Holder.STANDARD;
    }

    /** {@return which edition the wording comes from, with its sources and confidence} */
    public FrameworkEdition edition() {
        return edition;
    }

    /** {@return every level, from 0.5 to 5} */
    public List<ProgressLevel> levels() {
        return levels;
    }

    /**
     * {@return what {@code score} means}
     *
     * @param score the score
     */
    public ProgressLevel level(ProgressScore score) {
        return levels.get((int) Math.round(score.value() * 2) - 1);
    }

    private static final class Holder {
        static final ProgressScale STANDARD = ScaleDocument.standard();
    }
}
