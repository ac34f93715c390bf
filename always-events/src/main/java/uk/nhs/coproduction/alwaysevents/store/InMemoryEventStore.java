package uk.nhs.coproduction.alwaysevents.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.internal.PersistentList;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;

/**
 * An event store in memory, for tests, demonstrations and applications that keep their own
 * copy elsewhere. Appends are atomic per project and O(1) amortised; reads hand out immutable
 * views without copying.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryEventStore implements EventStore {

    private final ConcurrentHashMap<ProjectId, Log> logs = new ConcurrentHashMap<>();

    private static final class Log {
        volatile PersistentList<RecordedEvent> events = PersistentList.empty();
        volatile @Nullable AlwaysEventProject snapshot;
    }

    /** An empty store. */
    public InMemoryEventStore() {
    }

    @Override
    public History read(ProjectId project) {
        Log log = logs.get(Objects.requireNonNull(project, "project"));
        return new History(log == null ? List.of() : log.events, null);
    }

    @Override
    public History readAfter(ProjectId project, long afterVersion) {
        Log log = logs.get(Objects.requireNonNull(project, "project"));
        if (log == null) {
            return new History(List.of(), null);
        }
        List<RecordedEvent> events = log.events;
        int from = (int) Math.min(Math.max(afterVersion, 0), events.size());
        return new History(from == 0 ? events : events.subList(from, events.size()), null);
    }

    @Override
    public long version(ProjectId project) {
        Log log = logs.get(Objects.requireNonNull(project, "project"));
        return log == null ? 0 : log.events.size();
    }

    @Override
    public AppendResult append(ProjectId project, long expectedVersion, List<RecordedEvent> events) {
        Appends.check(project, expectedVersion, events);
        Log log = logs.computeIfAbsent(project, id -> new Log());
        synchronized (log) {
            PersistentList<RecordedEvent> current = log.events;
            if (current.size() != expectedVersion) {
                return new AppendResult.Conflict(expectedVersion, current.size());
            }
            for (RecordedEvent event : events) {
                current = current.plus(event);
            }
            log.events = current;
            return new AppendResult.Appended(current.size());
        }
    }

    @Override
    public Optional<AlwaysEventProject> snapshot(ProjectId project) {
        Log log = logs.get(Objects.requireNonNull(project, "project"));
        return log == null ? Optional.empty() : Optional.ofNullable(log.snapshot);
    }

    @Override
    public void saveSnapshot(AlwaysEventProject project) {
        Log log = logs.get(project.id());
        if (log == null || project.version() > log.events.size()) {
            throw new IllegalArgumentException("a snapshot of " + project.id() + " at version " + project.version()
                    + " is newer than its log");
        }
        synchronized (log) {
            AlwaysEventProject older = log.snapshot;
            if ((older == null || older.version() < project.version()) && !Appends.erasedAfter(log.events, project.version())) {
                log.snapshot = project;
            }
        }
    }

    @Override
    public ErasureResult erase(Erasure erasure) {
        Log log = logs.get(erasure.project());
        if (log == null) {
            return erasure.rewrite(List.of()).result();
        }
        synchronized (log) {
            Erasure.Rewrite rewrite = erasure.rewrite(log.events);
            if (rewrite.audit().isPresent()) {
                log.events = PersistentList.copyOf(rewrite.applyTo(log.events));
                log.snapshot = null;
            }
            return rewrite.result();
        }
    }

    @Override
    public List<ProjectId> projects() {
        return logs.entrySet().stream().filter(e -> !e.getValue().events.isEmpty()).map(java.util.Map.Entry::getKey)
                .sorted().toList();
    }

    @Override
    public String toString() {
        return "InMemoryEventStore[" + logs.size() + " projects]";
    }
}
