package uk.nhs.coproduction.app.web.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.ProjectListing;
import uk.nhs.coproduction.alwaysevents.access.AccessPolicy;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.DirectoryInUseException;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.app.alwaysevents.HumberAlwaysEvent;
import uk.nhs.coproduction.app.web.DataDirectory;
import uk.nhs.coproduction.app.web.server.RequestRefused;

/**
 * The web app's Always Events&reg; projects: the embedded file store in the data directory, with
 * the standard workflow and the system clock.
 *
 * <p>The store is opened the first time a project page or API call needs it, never at start-up,
 * so the first page is not kept waiting; and reading while the data directory does not exist yet
 * creates nothing. Once open it stays open, and the app closes it when it stops.
 *
 * <p>A file store owns its directory while it is open. If another program holds it (an
 * {@code always-events} command, or another {@code serve} with the same {@code --data}), a
 * project request is refused (503) saying so and what to do, and the next request tries again:
 * unlike a value made once, a failure here is not kept, so the pages work again as soon as the
 * directory is free.
 *
 * <p>Given a shared store instead ({@code serve --store jdbc:postgresql:...}), the projects are
 * in that store, which other instances of the app may share; the data directory is not used for
 * them, and the store's owner closes it.
 *
 * <p>This class is thread-safe.
 */
public final class ProjectStore implements AutoCloseable {

    /** The id of the Humber demonstration project, {@code humber-contact}. */
    public static final ProjectId DEMONSTRATION = HumberAlwaysEvent.PROJECT;

    private static final Logger LOG = Logger.getLogger("uk.nhs.coproduction.app.web");

    private final DataDirectory data;
    private final Clock clock;
    private final Object demonstration = new Object();
    /** What has been logged about damaged and repaired logs, so each is logged once. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final @Nullable EventStore shared;
    private final AccessPolicy policy;
    private @Nullable FileEventStore store;
    private @Nullable AlwaysEventProjects projects;
    private boolean closed;

    /**
     * The projects of a data directory, not opened yet.
     *
     * @param data the data directory
     * @param clock the time events are recorded at
     */
    public ProjectStore(DataDirectory data, Clock clock) {
        this(data, clock, null);
    }

    /**
     * The projects of {@code shared} when given, else of the data directory.
     *
     * @param data the data directory
     * @param clock the time events are recorded at
     * @param shared a store shared with other instances (PostgreSQL), or null for the data directory's
     */
    public ProjectStore(DataDirectory data, Clock clock, @Nullable EventStore shared) {
        this(data, clock, shared, AccessPolicy.bundled());
    }

    /**
     * The projects of {@code shared} when given, else of the data directory, with commands given
     * by a signed-in person checked against {@code policy}.
     *
     * @param data the data directory
     * @param clock the time events are recorded at
     * @param shared a store shared with other instances (PostgreSQL), or null for the data directory's
     * @param policy who may give which command (the bundled policy, or an organisation's own)
     */
    public ProjectStore(DataDirectory data, Clock clock, @Nullable EventStore shared, AccessPolicy policy) {
        this.policy = policy;
        this.data = data;
        this.clock = clock;
        this.shared = shared;
    }

    /** {@return the access policy commands are checked against} */
    public AccessPolicy policy() {
        return policy;
    }

    /** The data directory. */
    public DataDirectory data() {
        return data;
    }

    /** Today's date by the store's clock: the date of what is done on the pages. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The projects, opening the store now (and creating the data directory) if it is not open yet.
     *
     * @throws RequestRefused (503) if the directory cannot be created or another program holds it
     */
    public synchronized AlwaysEventProjects open() {
        if (closed) {
            throw new RequestRefused(503, "The app is stopping; projects can no longer be read or saved.");
        }
        if (projects == null && shared != null) {
            projects = AlwaysEventProjects.using(shared, WorkflowDefinition.standard(), clock).withAccessPolicy(policy);
        }
        if (projects == null) {
            FileEventStore opened;
            try {
                opened = FileEventStore.open(data.create());
            } catch (IOException e) {
                throw new RequestRefused(503, "The data folder " + data.root() + " cannot be created (" + e.getMessage()
                        + "). Start serve with another --data.");
            } catch (DirectoryInUseException e) {
                throw new RequestRefused(503, "The data folder " + data.root() + " is in use by another program: an "
                        + "always-events command, or another serve started with the same --data. One program at a time "
                        + "can use a data folder. Stop the other program and reload this page, or start serve with "
                        + "another --data.");
            } catch (EventStoreException e) {
                throw new RequestRefused(503, "The projects cannot be opened: " + e.getMessage() + ".");
            }
            store = opened;
            projects = AlwaysEventProjects.using(opened, WorkflowDefinition.standard(), clock).withAccessPolicy(policy);
        }
        return projects;
    }

    /**
     * The projects, if there can be any: empty while the data directory does not exist (nothing
     * has been saved), so that reading creates nothing.
     *
     * @throws RequestRefused (503) as {@link #open()}
     */
    public synchronized Optional<AlwaysEventProjects> existing() {
        if (projects == null && shared == null && !Files.isDirectory(data.root())) {
            return Optional.empty();
        }
        return Optional.of(open());
    }

    /** One project, if the data directory has it. */
    public Optional<AlwaysEventProject> project(ProjectId id) {
        Optional<AlwaysEventProjects> opened = existing();
        try {
            return opened.flatMap(p -> p.project(id));
        } catch (EventStoreException | IllegalArgumentException e) {
            ProjectListing.Damaged damaged = new ProjectListing.Damaged(id, String.valueOf(e.getMessage()));
            if (reported.add("damaged:" + id)) {
                LOG.warning("The log of project " + id + " cannot be read and was left untouched: " + damaged.problem());
            }
            throw new RequestRefused(500, "The log of project " + id + " cannot be read, so it cannot be shown or "
                    + "changed: " + damaged.problem() + ". " + damaged.whatToDo());
        }
    }

    /**
     * Every project, in id order, each read or listed as damaged; empty while there is no data
     * directory. A damaged project, and a repair the store made to a log, is logged once (which
     * file and line, never the log's content), so the people who run the app hear of it even if
     * nobody opens the page.
     */
    public List<ProjectListing> listing() {
        List<ProjectListing> listing = existing().map(AlwaysEventProjects::listing).orElse(List.of());
        for (ProjectListing each : listing) {
            if (each instanceof ProjectListing.Damaged damaged) {
                if (reported.add("damaged:" + damaged.id())) {
                    LOG.warning("The log of project " + damaged.id() + " cannot be read and was left untouched: "
                            + damaged.problem());
                }
            } else {
                ((ProjectListing.Readable) each).recoveryMade().filter(r -> reported.add("recovered:" + r.projectId()))
                        .ifPresent(r -> LOG.warning(r.describe()));
            }
        }
        return listing;
    }

    /** Every project's id, in order; empty while there is no data directory. */
    public List<ProjectId> ids() {
        return existing().map(p -> p.projects().stream().sorted().toList()).orElse(List.of());
    }

    /**
     * Loads the Humber demonstration project ({@link #DEMONSTRATION}), running every step of
     * {@code always-events demo} with its dates, unless the data directory already holds it. Two
     * requests at once load it once.
     *
     * @return the project loaded, or empty if it was there already
     */
    public Optional<AlwaysEventProject> loadDemonstration() {
        AlwaysEventProjects opened = open();
        synchronized (demonstration) {
            if (opened.store().version(DEMONSTRATION) > 0) {
                return Optional.empty();
            }
            for (HumberAlwaysEvent.Result result : HumberAlwaysEvent.run(opened.store(), r -> { })) {
                if (!result.asExpected()) {
                    LOG.warning("The demonstration step \"" + result.step().title() + "\" did not go as expected: "
                            + result.outcome().getClass().getSimpleName());
                }
            }
            return opened.project(DEMONSTRATION);
        }
    }

    /** Closes the store if it is open; projects can no longer be read or saved. */
    @Override
    public synchronized void close() {
        closed = true;
        projects = null;
        if (store != null) {
            store.close();
            store = null;
            projects = null;
        }
    }

    @Override
    public String toString() {
        return "ProjectStore[" + (shared != null ? shared.toString() : data.root() + (store != null ? ", open" : "")) + "]";
    }
}
