package uk.nhs.coproduction.spring.autoconfigure;

import java.util.List;
import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.Erasure;
import uk.nhs.coproduction.alwaysevents.store.ErasureResult;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.History;

/** A store whose every call fails, with a message that must never reach a health report. */
final class FailingStore implements EventStore {

    static final String MESSAGE = "cannot reach the store for project of Jane Example";

    private static IllegalStateException failure() {
        return new IllegalStateException(MESSAGE);
    }

    @Override
    public History read(ProjectId project) {
        throw failure();
    }

    @Override
    public History readAfter(ProjectId project, long afterVersion) {
        throw failure();
    }

    @Override
    public long version(ProjectId project) {
        throw failure();
    }

    @Override
    public AppendResult append(ProjectId project, long expectedVersion, List<RecordedEvent> events) {
        throw failure();
    }

    @Override
    public Optional<AlwaysEventProject> snapshot(ProjectId project) {
        throw failure();
    }

    @Override
    public void saveSnapshot(AlwaysEventProject project) {
        throw failure();
    }

    @Override
    public ErasureResult erase(Erasure erasure) {
        throw failure();
    }

    @Override
    public List<ProjectId> projects() {
        throw failure();
    }
}
