package uk.nhs.coproduction.alwaysevents;

import uk.nhs.coproduction.alwaysevents.internal.Trademark;

/**
 * Facts about Always Events&reg; that every user-facing surface needs.
 *
 * <p>This class is a constants holder and cannot be instantiated.
 *
 * @since 0.1.0
 */
public final class AlwaysEvents {

    /**
     * The attribution to show wherever the name Always Events is shown to people (web pages,
     * command-line help, reports).
     */
    public static final String TRADEMARK_NOTICE = Trademark.NOTICE;

    private AlwaysEvents() {
    }
}
