package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.pdsa.Do;

/**
 * A PDSA cycle was carried out.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param cycle its number
 * @param done the do step
 * @since 0.1.0
 */
public record PdsaDoRecordedEvent(int cycle, Do done) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param cycle its number
     * @param done the do step
     */
    public PdsaDoRecordedEvent {
        Objects.requireNonNull(done, "done");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
