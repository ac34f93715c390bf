package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;

/**
 * An executive sponsor was appointed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param sponsor the sponsor
 * @since 0.1.0
 */
public record ExecutiveSponsorAppointedEvent(ExecutiveSponsor sponsor) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param sponsor the sponsor
     */
    public ExecutiveSponsorAppointedEvent {
        Objects.requireNonNull(sponsor, "sponsor");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
