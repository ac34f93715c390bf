package uk.nhs.coproduction.alwaysevents.project;

import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * A partner left the co-design team.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param partner their id
 * @param leftOn when
 * @since 0.1.0
 */
public record CoDesignMemberLeftEvent(PartnerId partner, LocalDate leftOn) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param partner their id
     * @param leftOn when
     */
    public CoDesignMemberLeftEvent {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(leftOn, "leftOn");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
