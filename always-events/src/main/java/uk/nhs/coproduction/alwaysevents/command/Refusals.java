package uk.nhs.coproduction.alwaysevents.command;

/**
 * The stable codes of the reasons a command can be refused for, besides the workflow's own
 * guard reasons (see the workflow definition's wording) and {@code PROJECT_PAUSED} /
 * {@code PROJECT_CLOSED}.
 *
 * @since 0.1.0
 */
public final class Refusals {

    /** The project already exists. */
    public static final String PROJECT_ALREADY_STARTED = "PROJECT_ALREADY_STARTED";
    /** The project has not been started. */
    public static final String PROJECT_NOT_STARTED = "PROJECT_NOT_STARTED";
    /** The command belongs to a later phase than the project is in. */
    public static final String NOT_YET_IN_PHASE = "NOT_YET_IN_PHASE";
    /** The workflow definition has no transition with that id. */
    public static final String UNKNOWN_TRANSITION = "UNKNOWN_TRANSITION";
    /** The partner is already in the co-design team. */
    public static final String ALREADY_IN_CO_DESIGN_TEAM = "ALREADY_IN_CO_DESIGN_TEAM";
    /** The partner is already in the oversight group. */
    public static final String ALREADY_IN_OVERSIGHT_GROUP = "ALREADY_IN_OVERSIGHT_GROUP";
    /** The partner named is not in the co-design team. */
    public static final String NOT_IN_CO_DESIGN_TEAM = "NOT_IN_CO_DESIGN_TEAM";
    /** What the co-design team said needs the ids of who said it. */
    public static final String VOICED_BY_REQUIRED = "VOICED_BY_REQUIRED";
    /** The driver diagram has no such primary driver. */
    public static final String UNKNOWN_PRIMARY_DRIVER = "UNKNOWN_PRIMARY_DRIVER";
    /** The driver diagram has no such secondary driver. */
    public static final String UNKNOWN_SECONDARY_DRIVER = "UNKNOWN_SECONDARY_DRIVER";
    /** The driver diagram has no such change idea. */
    public static final String UNKNOWN_CHANGE_IDEA = "UNKNOWN_CHANGE_IDEA";
    /** There is no PDSA cycle with that number. */
    public static final String UNKNOWN_PDSA_CYCLE = "UNKNOWN_PDSA_CYCLE";
    /** A PDSA step was recorded out of order (plan, do, study, act). */
    public static final String PDSA_STEP_OUT_OF_ORDER = "PDSA_STEP_OUT_OF_ORDER";
    /** A PDSA step is dated before the step before it. */
    public static final String PDSA_DATE_BEFORE_PREVIOUS_STEP = "PDSA_DATE_BEFORE_PREVIOUS_STEP";
    /** The period has already been recorded. */
    public static final String MEASUREMENT_ALREADY_RECORDED = "MEASUREMENT_ALREADY_RECORDED";
    /** The period to correct has not been recorded. */
    public static final String MEASUREMENT_NOT_RECORDED = "MEASUREMENT_NOT_RECORDED";
    /** The spread or scale-up site has already been added. */
    public static final String SITE_ALREADY_ADDED = "SITE_ALREADY_ADDED";
    /** There is no such spread or scale-up site. */
    public static final String UNKNOWN_SITE = "UNKNOWN_SITE";
    /** There is no such "you said, we did" entry. */
    public static final String UNKNOWN_IMPACT_ENTRY = "UNKNOWN_IMPACT_ENTRY";
    /** Only co-design team members with lived experience sign results off. */
    public static final String SIGN_OFF_NEEDS_LIVED_EXPERIENCE = "SIGN_OFF_NEEDS_LIVED_EXPERIENCE";
    /** The partner has already signed the entry off. */
    public static final String ALREADY_SIGNED_OFF = "ALREADY_SIGNED_OFF";
    /** Approvals are recorded by the executive sponsor or the oversight group. */
    public static final String APPROVER_NOT_IN_OVERSIGHT = "APPROVER_NOT_IN_OVERSIGHT";
    /** The project is not paused, so cannot be resumed. */
    public static final String NOT_PAUSED = "NOT_PAUSED";

    /** A measure with that id has already been defined (or the id is the outcome measure's). */
    public static final String MEASURE_ALREADY_DEFINED = "MEASURE_ALREADY_DEFINED";
    /** The outcome measure is the Always Event's reliability: a defined measure is process or balancing. */
    public static final String OUTCOME_IS_RELIABILITY = "OUTCOME_IS_RELIABILITY";
    /** The chart chosen cannot read the kind of data chosen. */
    public static final String CHART_CANNOT_READ_DATA = "CHART_CANNOT_READ_DATA";
    /** No measure with that id has been defined. */
    public static final String UNKNOWN_MEASURE = "UNKNOWN_MEASURE";
    /** The value is not of the kind of data the measure's chart reads. */
    public static final String MEASURE_VALUE_WRONG_KIND = "MEASURE_VALUE_WRONG_KIND";
    /** The value is of the right kind but outside what the measure's chart reads. */
    public static final String MEASURE_VALUE_OUT_OF_RANGE = "MEASURE_VALUE_OUT_OF_RANGE";
    /** The measure already has a value for the period. */
    public static final String MEASURE_VALUE_ALREADY_RECORDED = "MEASURE_VALUE_ALREADY_RECORDED";
    /** The measure has no value for the period to correct. */
    public static final String MEASURE_VALUE_NOT_RECORDED = "MEASURE_VALUE_NOT_RECORDED";
    /** The period ends before the project started. */
    public static final String PERIOD_BEFORE_START = "PERIOD_BEFORE_START";
    /** The period begins after today. */
    public static final String PERIOD_IN_THE_FUTURE = "PERIOD_IN_THE_FUTURE";

    private Refusals() {
    }
}
