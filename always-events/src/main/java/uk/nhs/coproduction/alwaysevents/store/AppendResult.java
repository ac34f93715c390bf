package uk.nhs.coproduction.alwaysevents.store;

import uk.nhs.coproduction.alwaysevents.workflow.internal.ResultMessages;

/**
 * What appending events gave: {@link Appended} with the project's new version, or
 * {@link Conflict} when the project had moved on since the events were decided. A conflict
 * appends nothing: events decided on an old version are never merged. It shares
 * {@code orElseThrow()} with every other result type of the library (see {@code docs/results.md}).
 *
 * @since 0.1.0
 */
public sealed interface AppendResult permits AppendResult.Appended, AppendResult.Conflict {

    /** {@return whether the events were appended} */
    default boolean isAppended() {
        return this instanceof Appended;
    }

    /**
     * {@return the project's version after the append, for callers that have already ruled
     * conflicts out}
     *
     * @throws IllegalStateException naming both versions, on a conflict
     */
    default long orElseThrow() {
        if (this instanceof Appended appended) {
            return appended.version();
        }
        Conflict conflict = (Conflict) this;
        throw new IllegalStateException(ResultMessages.conflict("The append", conflict.expectedVersion(),
                conflict.actualVersion()));
    }

    /**
     * The events were appended (and, in the file store, flushed and fsynced).
     *
     * @param version the project's version after the append
     * @since 0.1.0
     */
    record Appended(long version) implements AppendResult {
    }

    /**
     * The project's version was not the one the events were decided on.
     *
     * @param expectedVersion the version the caller decided on
     * @param actualVersion the project's version now
     * @since 0.1.0
     */
    record Conflict(long expectedVersion, long actualVersion) implements AppendResult {
    }
}
