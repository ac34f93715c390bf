package uk.nhs.coproduction.alwaysevents.store.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.WordsErasedEvent;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.Erasure;
import uk.nhs.coproduction.alwaysevents.store.EventStore;

/**
 * The {@link EventStoreContract} for a store that keeps its events across a restart (a file, a
 * database): every test of the contract, and that a reopened store holds every acknowledged
 * event and carries on from the same version.
 *
 * @since 0.1.0
 */
public abstract class DurableEventStoreContract extends EventStoreContract {

    /** For subclasses. */
    protected DurableEventStoreContract() {
    }

    /**
     * The same store opened again, as after a restart of the application: close the given store
     * first if it must be.
     *
     * @param store a store made by {@link #newStore()} or by this method
     * @return the reopened store
     */
    protected abstract EventStore reopen(EventStore store);

    /** A reopened store holds every acknowledged event and carries on from the same version. */
    @Test
    public void aReopenedStoreHoldsEveryAcknowledgedEvent() {
        EventStore store = store();
        ProjectId project = id("reopened");
        store.append(project, 0, TestEvents.after(project, 0, 4));
        EventStore again = track(reopen(store));

        assertThat(again.read(project).events()).containsExactlyElementsOf(TestEvents.after(project, 0, 4));
        assertThat(again.projects()).containsExactly(project);
        assertThat(again.append(project, 3, TestEvents.after(project, 3, 1))).isEqualTo(new AppendResult.Conflict(3, 4));
        assertThat(again.append(project, 4, TestEvents.after(project, 4, 1))).isEqualTo(new AppendResult.Appended(5));
    }

    /** An erasure is durable: a reopened store holds the erased log, words gone, audit event kept. */
    @Test
    public void aReopenedStoreHoldsTheErasedLog() {
        EventStore store = store();
        ProjectId project = id("erased-reopened");
        store.append(project, 0, TestEvents.withWords(project));
        store.erase(erasure(project, new Erasure.WordsOf(TestEvents.SPEAKER), Erasure.Fields.of(5))).orElseThrow();
        List<RecordedEvent> erased = store.read(project).events();
        EventStore again = track(reopen(store));

        assertThat(again.read(project).events()).containsExactlyElementsOf(erased);
        assertNowhere(again, project, TestEvents.PRIVATE_WORDS);
        assertNowhere(again, project, TestEvents.OTHER_PRIVATE_WORDS);
        assertThat(again.read(project).events().get(5).event()).isInstanceOf(WordsErasedEvent.class);
        assertThat(again.append(project, 6, TestEvents.after(project, 6, 1))).isEqualTo(new AppendResult.Appended(7));
    }
}
