package uk.nhs.coproduction.alwaysevents.store;

/**
 * What appending events gave: {@link Appended} with the project's new version, or
 * {@link Conflict} when the project had moved on since the events were decided. A conflict
 * appends nothing: events decided on an old version are never merged.
 */
public sealed interface AppendResult permits AppendResult.Appended, AppendResult.Conflict {

    /**
     * The events were appended (and, in the file store, flushed and fsynced).
     *
     * @param version the project's version after the append
     */
    record Appended(long version) implements AppendResult {
    }

    /**
     * The project's version was not the one the events were decided on.
     *
     * @param expectedVersion the version the caller decided on
     * @param actualVersion the project's version now
     */
    record Conflict(long expectedVersion, long actualVersion) implements AppendResult {
    }
}
