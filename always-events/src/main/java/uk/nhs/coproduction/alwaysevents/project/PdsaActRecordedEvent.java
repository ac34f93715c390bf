package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.pdsa.Act;

/**
 * A PDSA cycle was acted on.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param cycle its number
 * @param act the act step
 * @since 0.1.0
 */
public record PdsaActRecordedEvent(int cycle, Act act) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param cycle its number
     * @param act the act step
     */
    public PdsaActRecordedEvent {
        Objects.requireNonNull(act, "act");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
