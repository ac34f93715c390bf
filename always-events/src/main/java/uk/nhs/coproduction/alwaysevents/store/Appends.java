package uk.nhs.coproduction.alwaysevents.store;

import java.util.List;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.WordsErasedEvent;

/** The checks every store makes on the events it is asked to append. */
final class Appends {

    private Appends() {
    }

    /**
     * Checks that {@code events} are for {@code project} and numbered from {@code expectedVersion + 1}.
     *
     * @throws IllegalArgumentException naming the first event at fault
     */
    static void check(ProjectId project, long expectedVersion, List<RecordedEvent> events) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(events, "events");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("an expected version is 0 or more: " + expectedVersion);
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one event");
        }
        for (int i = 0; i < events.size(); i++) {
            RecordedEvent event = events.get(i);
            if (!event.projectId().equals(project)) {
                throw new IllegalArgumentException("event " + event + " is not for project " + project);
            }
            if (event.version() != expectedVersion + 1 + i) {
                throw new IllegalArgumentException("event " + event + " should have version " + (expectedVersion + 1 + i));
            }
        }
    }

    /**
     * Whether words were erased from {@code log} after {@code version}: a snapshot of that version
     * (or older) may hold them, so the store must not keep it.
     */
    static boolean erasedAfter(List<RecordedEvent> log, long version) {
        for (int i = log.size() - 1; i >= Math.max(version, 0); i--) {
            if (log.get(i).event() instanceof WordsErasedEvent) {
                return true;
            }
        }
        return false;
    }
}
