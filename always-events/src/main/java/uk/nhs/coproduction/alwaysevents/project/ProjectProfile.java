package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an Always Events&reg; project is about: the organisation, a title, the area of focus (the
 * population and care setting) and when it started.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param organisation the organisation, such as "Humber NHS Foundation Trust"
 * @param title a short title
 * @param areaOfFocus the population and care setting, such as "Assessment and treatment unit"
 * @param startedOn when the project started
 * @since 0.1.0
 */
public record ProjectProfile(String organisation, String title, String areaOfFocus, LocalDate startedOn) {

    /**
     * Checks the components.
     *
     * @param organisation the organisation, such as "Humber NHS Foundation Trust"
     * @param title a short title
     * @param areaOfFocus the population and care setting, such as "Assessment and treatment unit"
     * @param startedOn when the project started
     */
    public ProjectProfile {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(areaOfFocus, "areaOfFocus");
        Objects.requireNonNull(startedOn, "startedOn");
    }
}
