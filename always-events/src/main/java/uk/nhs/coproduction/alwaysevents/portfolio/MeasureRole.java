package uk.nhs.coproduction.alwaysevents.portfolio;

/**
 * The part a measure plays in a family of measures: the outcome the Always Event is for, a
 * process measure of the steps that lead to it, or a balancing measure that watches for harm
 * elsewhere. Today each project has one measure, its reliability, which is the outcome measure.
 *
 * @since 0.1.0
 * @provisional
 */
public enum MeasureRole {
    /** The outcome: how often the Always Event happened. */
    OUTCOME,
    /** A process measure. */
    PROCESS,
    /** A balancing measure. */
    BALANCING
}
