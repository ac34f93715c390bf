package uk.nhs.coproduction.spring.autoconfigure.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.Erasure;
import uk.nhs.coproduction.alwaysevents.store.ErasureResult;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.History;
import uk.nhs.coproduction.spring.autoconfigure.StoreObserver;

/** A store that tells observers how each append went and how long it took; everything else passes through. */
public final class ObservedEventStore implements EventStore {

    private final EventStore store;
    private final List<StoreObserver> observers;

    /**
     * Observes {@code store}.
     *
     * @param store the store appended to
     * @param observers told after each append
     */
    public ObservedEventStore(EventStore store, List<StoreObserver> observers) {
        this.store = store;
        this.observers = List.copyOf(observers);
    }

    /** @return the observed store */
    public EventStore store() {
        return store;
    }

    @Override
    public History read(ProjectId project) {
        return store.read(project);
    }

    @Override
    public History readAfter(ProjectId project, long afterVersion) {
        return store.readAfter(project, afterVersion);
    }

    @Override
    public long version(ProjectId project) {
        return store.version(project);
    }

    @Override
    public AppendResult append(ProjectId project, long expectedVersion, List<RecordedEvent> events) {
        long start = System.nanoTime();
        @Nullable AppendResult result = null;
        try {
            result = store.append(project, expectedVersion, events);
            return result;
        } finally {
            long nanos = System.nanoTime() - start;
            for (StoreObserver observer : observers) {
                observer.appended(result, nanos);
            }
        }
    }

    @Override
    public Optional<AlwaysEventProject> snapshot(ProjectId project) {
        return store.snapshot(project);
    }

    @Override
    public void saveSnapshot(AlwaysEventProject project) {
        store.saveSnapshot(project);
    }

    @Override
    public ErasureResult erase(Erasure erasure) {
        return store.erase(erasure);
    }

    @Override
    public List<ProjectId> projects() {
        return store.projects();
    }

    @Override
    public String toString() {
        return store.toString();
    }
}
