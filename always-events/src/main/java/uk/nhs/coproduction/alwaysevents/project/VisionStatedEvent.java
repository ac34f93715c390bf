package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.statement.VisionStatement;

/**
 * The vision statement was stated (replacing any earlier one).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param vision the statement
 * @since 0.1.0
 */
public record VisionStatedEvent(VisionStatement vision) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param vision the statement
     */
    public VisionStatedEvent {
        Objects.requireNonNull(vision, "vision");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
