package uk.nhs.coproduction.alwaysevents.internal;

/**
 * The trademark notice, kept here, under every package that shows it, so that the report need
 * not reach up to the root package for it; {@code AlwaysEvents.TRADEMARK_NOTICE} publishes it.
 */
public final class Trademark {

    /** The attribution to show wherever the name Always Events is shown to people. */
    public static final String NOTICE =
            "Always Events® is a registered trademark of the Institute for Healthcare Improvement.";

    private Trademark() {
    }
}
