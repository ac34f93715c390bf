package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.statement.AimStatement;

/**
 * The aim statement was stated (replacing any earlier one).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param aim the aim
 * @since 0.1.0
 */
public record AimStatedEvent(AimStatement aim) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param aim the aim
     */
    public AimStatedEvent {
        Objects.requireNonNull(aim, "aim");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
