package uk.nhs.coproduction.alwaysevents.store;

import java.util.List;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;

/**
 * Told about events after they were appended successfully, for integration: updating a search
 * index, sending a notification, publishing to a message broker. Called on the thread that
 * recorded the events, after the append returned; a listener that throws does not undo the
 * append (it is durable) and is reported in the result as a {@link ListenerFailure}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProjectEventListener {

    /**
     * Events were appended.
     *
     * @param project the project after the events
     * @param events the events appended, in order
     */
    void appended(AlwaysEventProject project, List<RecordedEvent> events);
}
