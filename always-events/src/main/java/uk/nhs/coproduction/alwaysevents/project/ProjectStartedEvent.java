package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The project was started, in set-up and oversight.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param organisation the organisation
 * @param title the title
 * @param areaOfFocus the population and care setting
 * @param startedOn when it started
 * @since 0.1.0
 */
public record ProjectStartedEvent(String organisation, String title, String areaOfFocus, LocalDate startedOn) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param organisation the organisation
     * @param title the title
     * @param areaOfFocus the population and care setting
     * @param startedOn when it started
     */
    public ProjectStartedEvent {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(areaOfFocus, "areaOfFocus");
        Objects.requireNonNull(startedOn, "startedOn");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
