package uk.nhs.coproduction.alwaysevents.store;

import java.util.Objects;

/**
 * A listener that threw after an append. The append stands; the failure is reported so the
 * caller can retry the integration.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param listener the listener's class name
 * @param problem the exception's class name
 * @param detail the exception's message, or an empty string
 * @since 0.1.0
 */
public record ListenerFailure(String listener, String problem, String detail) {

    /**
     * Checks the components.
     *
     * @param listener the listener's class name
     * @param problem the exception's class name
     * @param detail the exception's message, or an empty string
     */
    public ListenerFailure {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
    }
}
