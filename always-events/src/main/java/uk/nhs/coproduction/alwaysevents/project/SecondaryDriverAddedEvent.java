package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.driver.SecondaryDriver;

/**
 * A secondary driver was added to the driver diagram.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param driver the driver
 * @since 0.1.0
 */
public record SecondaryDriverAddedEvent(SecondaryDriver driver) implements ProjectEvent {

    /**
     * Checks the components.
     *
     * @param driver the driver
     */
    public SecondaryDriverAddedEvent {
        Objects.requireNonNull(driver, "driver");
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.on(this);
    }
}
