package uk.nhs.coproduction.model.ladder;

/**
 * A rung of the ladder of participation (Think Local Act Personal's ladder of co-production),
 * listed from the bottom rung to the top, so {@link #compareTo} orders them.
 *
 * <p>The names and meanings of the rungs are data, in the
 * {@link uk.nhs.coproduction.model.framework.LadderOfParticipation} edition in use; this enum fixes
 * only the vocabulary, the order and the grouping.
 *
 * @since 0.1.0
 */
public enum LadderRung {
    /** The lowest rung. */
    COERCION(Grouping.DOING_TO),
    /** The second rung. */
    EDUCATING(Grouping.DOING_TO),
    /** The third rung. */
    INFORMING(Grouping.DOING_FOR),
    /** The fourth rung. */
    CONSULTING(Grouping.DOING_FOR),
    /** The fifth rung. */
    ENGAGING(Grouping.DOING_FOR),
    /** The sixth rung. */
    CO_DESIGNING(Grouping.DOING_WITH),
    /** The top rung. */
    CO_PRODUCING(Grouping.DOING_WITH);

    private final Grouping grouping;

    LadderRung(Grouping grouping) {
        this.grouping = grouping;
    }

    /** {@return the group this rung belongs to; never null} */
    public Grouping grouping() {
        return grouping;
    }

    /** {@return this rung's position, 1 for the bottom rung to 7 for the top} */
    public int position() {
        return ordinal() + 1;
    }

    /**
     * {@return whether this rung is strictly higher on the ladder than {@code other}}
     *
     * @param other the rung to compare with
     */
    public boolean isAbove(LadderRung other) {
        return compareTo(other) > 0;
    }

    /**
     * {@return the higher of two rungs}
     *
     * @param a one rung
     * @param b the other rung
     */
    public static LadderRung higherOf(LadderRung a, LadderRung b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
