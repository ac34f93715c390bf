package uk.nhs.coproduction.alwaysevents.store.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.History;

/**
 * The {@link DurableEventStoreContract} for a store whose last append can be torn by a crash
 * half-way through it (a file, not a database transaction): every test of the durable contract,
 * and that after a torn last append the reopened store keeps exactly the events before it,
 * reports the repair, and accepts the next append at that version.
 *
 * @since 0.1.0
 */
public abstract class TornWriteEventStoreContract extends DurableEventStoreContract {

    /** For subclasses. */
    protected TornWriteEventStoreContract() {
    }

    /**
     * Damages the store as a crash half-way through the last append to {@code project} would (for
     * a file, cutting its last line short), then opens it again.
     *
     * @param store a store made by {@link #newStore()}
     * @param project the project whose last append is torn
     * @return the reopened store
     */
    protected abstract EventStore tearLastAppend(EventStore store, ProjectId project);

    /**
     * After a torn last append, the reopened store keeps exactly the events before it, reports the
     * repair, and accepts the next append at that version.
     */
    @Test
    public void aTornLastAppendLeavesTheEventsBeforeItAndIsReported() {
        EventStore store = store();
        ProjectId project = id("torn");
        store.append(project, 0, TestEvents.after(project, 0, 3));
        store.append(project, 3, TestEvents.after(project, 3, 1));
        EventStore again = track(tearLastAppend(store, project));

        History history = again.read(project);
        assertThat(history.events()).containsExactlyElementsOf(TestEvents.after(project, 0, 3));
        assertThat(history.recoveryMade()).hasValueSatisfying(r -> assertThat(r.eventsKept()).isEqualTo(3));
        assertThat(again.append(project, 3, TestEvents.after(project, 3, 1))).isEqualTo(new AppendResult.Appended(4));
    }
}
