package uk.nhs.coproduction.model.ladder;

/**
 * How the rungs of the ladder of participation are grouped: work done <em>to</em> people, done
 * <em>for</em> them, or done <em>with</em> them. Listed from the lowest group to the highest.
 *
 * @since 0.1.0
 */
public enum Grouping {
    /** The bottom rungs: people are present, but their views do not shape the work. */
    DOING_TO,
    /** The middle rungs: people are told, asked or engaged, with influence at others' discretion. */
    DOING_FOR,
    /** The top rungs: people design, and then deliver, the work as partners. */
    DOING_WITH
}
