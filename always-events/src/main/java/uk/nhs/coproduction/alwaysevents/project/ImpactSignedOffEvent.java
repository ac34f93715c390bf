package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.impact.SignOff;

/**
 * A partner signed off a "you said, we did" entry.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param entry the entry's number
 * @param signOff the sign-off
 * @since 0.1.0
 */
public record ImpactSignedOffEvent(int entry, SignOff signOff) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param entry the entry's number
     * @param signOff the sign-off
     */
    public ImpactSignedOffEvent {
        Objects.requireNonNull(signOff, "signOff");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
