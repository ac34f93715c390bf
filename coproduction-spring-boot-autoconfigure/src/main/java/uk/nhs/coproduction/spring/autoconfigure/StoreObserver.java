package uk.nhs.coproduction.spring.autoconfigure;

import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;

/**
 * Told about every append to the event store that the {@code AlwaysEventProjects} bean makes: a
 * bean of this type (such as the Micrometer one this starter configures) is called after each
 * append, on the appending thread. It must be quick and must not throw.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StoreObserver {

    /**
     * Called after an append.
     *
     * @param result what the store answered, or null if it threw
     * @param nanos how long the append took, in nanoseconds
     */
    void appended(@Nullable AppendResult result, long nanos);
}
