package uk.nhs.coproduction.alwaysevents.measurement;

import java.util.Locale;

/**
 * The Making Data Count assurance icon: can the process be relied on to meet its target? It
 * compares the target with the latest point's process limits: a target outside the limits on the
 * better side is always met ({@link #CONSISTENT_PASS}), outside on the worse side never met
 * ({@link #CONSISTENT_FAIL}), and a target between the limits (or on one of them) is met only some
 * of the time ({@link #INCONSISTENT}). {@link #code()} gives the NHSRplotthedots names.
 *
 * @since 0.1.0
 */
public enum AssuranceIcon {
    /** The process will consistently meet the target. */
    CONSISTENT_PASS("The process is capable of consistently meeting the target"),
    /** The process will consistently fail the target. */
    CONSISTENT_FAIL("The process will consistently fail to meet the target"),
    /** The process will sometimes meet and sometimes miss the target. */
    INCONSISTENT("The process will inconsistently meet and miss the target");

    private final String description;

    AssuranceIcon(String description) {
        this.description = description;
    }

    /** {@return the name, for example {@code consistent_pass}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return what the icon means, in plain English} */
    public String description() {
        return description;
    }
}
