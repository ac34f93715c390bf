package uk.nhs.coproduction.alwaysevents.measurement;

/**
 * The part a measure plays in a family of measures (IHI's model for improvement): the outcome the
 * Always Event&reg; is for, a process measure of the steps that lead to it, or a balancing measure
 * that watches for harm elsewhere. Every project's outcome measure is the Always Event's
 * reliability; a project defines its own process and balancing measures.
 *
 * @since 0.1.0
 * @provisional
 */
public enum MeasureRole {
    /** The outcome: how often the Always Event happened. */
    OUTCOME,
    /** A process measure: is a step that leads to the outcome happening as planned. */
    PROCESS,
    /** A balancing measure: is the change making something else worse. */
    BALANCING
}
