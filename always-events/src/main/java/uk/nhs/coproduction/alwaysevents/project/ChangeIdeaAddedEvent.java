package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.driver.ChangeIdea;

/**
 * A change idea was added to the driver diagram.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param idea the idea
 * @since 0.1.0
 */
public record ChangeIdeaAddedEvent(ChangeIdea idea) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param idea the idea
     */
    public ChangeIdeaAddedEvent {
        Objects.requireNonNull(idea, "idea");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
