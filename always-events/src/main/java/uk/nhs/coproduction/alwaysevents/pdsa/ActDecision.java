package uk.nhs.coproduction.alwaysevents.pdsa;

/**
 * What the team decides at the end of a PDSA cycle.
 *
 * @since 0.1.0
 */
public enum ActDecision {
    /** Keep the change as it is: it works; test at a larger scale or implement it. */
    ADOPT,
    /** Keep the change with modifications, and test it again. */
    ADAPT,
    /** Stop: the change did not bring improvement. */
    ABANDON;

    /** {@return whether the change goes forward (adopted or adapted)} */
    public boolean keepsTheChange() {
        return this != ABANDON;
    }
}
