package uk.nhs.coproduction.alwaysevents.project;

/**
 * The phases of an Always Events&reg; project, in the order the method follows them: set-up and
 * oversight, understanding what matters, co-design, testing with PDSA cycles, reliable
 * implementation, scale-up and spread, and sustain.
 *
 * <p>The enum names the closed vocabulary; the names and descriptions people read come from the
 * workflow definition
 * ({@link uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition#phase(Phase)}), which is
 * versioned data.
 *
 * @since 0.1.0
 */
public enum Phase {
    /** Executive sponsor, oversight group, focus population and setting, the co-design team. */
    SET_UP_AND_OVERSIGHT,
    /** Listening to people who use the service, from a blank canvas. */
    UNDERSTAND_WHAT_MATTERS,
    /** Patients, carers and front-line staff agree the Always Event and change ideas together. */
    CO_DESIGN,
    /** Small tests of change with PDSA cycles, with process and outcome measures. */
    TEST,
    /** Raising reliability towards the aim. */
    RELIABLY_IMPLEMENT,
    /** Scale-up within the organisation and spread to others. */
    SPREAD_AND_SCALE_UP,
    /** Embedding the Always Event in routine practice, with continued measurement. */
    SUSTAIN;

    /**
     * {@return whether this phase comes after {@code other} in the method's order}
     *
     * @param other the phase to compare with
     */
    public boolean isAfter(Phase other) {
        return compareTo(other) > 0;
    }

    /** {@return the phase's code as written in data files and events: {@link #name()}} */
    public String code() {
        return name();
    }
}
