package uk.nhs.coproduction.alwaysevents.store;

import java.util.List;
import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;

/**
 * Where projects' events are kept: an append-only log per project, with optimistic concurrency
 * and snapshots.
 *
 * <h2>Implementing a store</h2>
 * <ul>
 *   <li>{@link #append} is atomic per project: it appends all the events or none, and only if the
 *       project's version is still {@code expectedVersion}; otherwise it returns
 *       {@link AppendResult.Conflict} and appends nothing. Events are numbered from
 *       {@code expectedVersion + 1}, one by one.</li>
 *   <li>An append is acknowledged only once the events are durable in the store's sense.</li>
 *   <li>Reads return events in version order and never a partial append.</li>
 *   <li>Snapshots are an optimisation: a store may drop them, and a snapshot is never newer than
 *       the log.</li>
 *   <li>{@link #erase} is the one change to stored events: it replaces free text with a marker in
 *       place and appends a {@code WordsErasedEvent}, atomically, under the same lock or conflict
 *       check as appends, so no append is lost; it drops the project's snapshot, and a snapshot
 *       older than an erasure is never kept afterwards.</li>
 *   <li>Implementations are thread-safe.</li>
 * </ul>
 * {@link InMemoryEventStore} and {@link FileEventStore} are the two provided.
 *
 * @provisional Stores shared by several processes (such as one on a database) may need more of
 *     this interface, for example reading every project's events in commit order, so a minor
 *     release may add methods to it. Code that only calls a store is not affected; code that
 *     implements one may have to implement the new methods.
 * @since 0.1.0
 */
public interface EventStore {

    /**
     * The checks every store makes before an append, for implementations of this interface to
     * call first: the events are for {@code project} and numbered from {@code expectedVersion + 1},
     * one by one, and there is at least one.
     *
     * @param project the project appended to
     * @param expectedVersion the version the events were decided on, 0 or more
     * @param events the events to append
     * @throws IllegalArgumentException naming the first event at fault
     * @since 0.1.0
     */
    static void checkAppend(ProjectId project, long expectedVersion, List<RecordedEvent> events) {
        Appends.check(project, expectedVersion, events);
    }

    /**
     * {@return the project's whole log (empty if the project does not exist)}
     *
     * @param project the project's id
     * @throws EventStoreException if the log cannot be read
     */
    History read(ProjectId project);

    /**
     * {@return the events with versions after {@code afterVersion}, in order}
     *
     * @param project the project's id
     * @param afterVersion the last version the caller already has (0 for all)
     * @throws EventStoreException if the log cannot be read
     */
    History readAfter(ProjectId project, long afterVersion);

    /**
     * {@return the project's version: how many events its log holds (0 if none)}
     *
     * @param project the project's id
     * @throws EventStoreException if the log cannot be read
     */
    long version(ProjectId project);

    /**
     * Appends {@code events} if the project's version is still {@code expectedVersion}.
     *
     * @param project the project's id
     * @param expectedVersion the version the events were decided on
     * @param events the events to append, numbered from {@code expectedVersion + 1}
     * @return {@link AppendResult.Appended} with the new version, or {@link AppendResult.Conflict}
     * @throws IllegalArgumentException if the events are not for this project or not numbered
     *     from {@code expectedVersion + 1}
     * @throws EventStoreException if the events could not be made durable: nothing is appended, except
     *     where a store on a server lost its connection after the append was sent, when the outcome is
     *     unknown and the message says so (read the project's {@link #version} to learn it)
     */
    AppendResult append(ProjectId project, long expectedVersion, List<RecordedEvent> events);

    /**
     * {@return the latest snapshot of the project, if the store keeps one}
     *
     * @param project the project's id
     */
    Optional<AlwaysEventProject> snapshot(ProjectId project);

    /**
     * Keeps {@code project} as the project's snapshot, replacing an older one.
     *
     * @param project the project as it stands after its latest event
     * @throws IllegalArgumentException if the snapshot is newer than the log
     */
    void saveSnapshot(AlwaysEventProject project);

    /**
     * Erases words from the project's history, as {@code erasure} says: in one atomic change it
     * replaces each chosen free-text field that still holds words with the marker (in the stored
     * events themselves, wherever the store keeps them), appends a {@code WordsErasedEvent} naming
     * the fields at the next version, and drops the project's snapshot. Versions stay contiguous
     * and the log still replays. Implementations work it out with {@link Erasure#rewrite} on the
     * log as it stands while appends to the project are held off (or conflict), and write what it
     * gives, or nothing.
     *
     * @param erasure what to erase, why, by whom
     * @return {@link ErasureResult.Accepted} with the fields erased (none when nothing was left to
     *     erase: then nothing is changed), or {@link ErasureResult.Refused} when the project, a
     *     version or a field does not exist (nothing is changed)
     * @throws EventStoreException if the change could not be made durable (nothing is changed)
     * @since 0.1.0
     */
    ErasureResult erase(Erasure erasure);

    /** {@return every project the store holds, sorted by id} */
    List<ProjectId> projects();
}
