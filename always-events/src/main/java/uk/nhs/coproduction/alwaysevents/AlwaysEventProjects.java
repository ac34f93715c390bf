package uk.nhs.coproduction.alwaysevents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.access.AccessPolicy;
import uk.nhs.coproduction.alwaysevents.access.Principal;
import uk.nhs.coproduction.alwaysevents.command.CommandResult;
import uk.nhs.coproduction.alwaysevents.command.Decider;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ErasureReason;
import uk.nhs.coproduction.alwaysevents.project.WordsErasedEvent;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.alwaysevents.store.AppendResult;
import uk.nhs.coproduction.alwaysevents.store.Erasure;
import uk.nhs.coproduction.alwaysevents.store.ErasureResult;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.EventStoreException;
import uk.nhs.coproduction.alwaysevents.store.History;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.alwaysevents.store.ListenerFailure;
import uk.nhs.coproduction.alwaysevents.store.ProjectEventListener;
import uk.nhs.coproduction.alwaysevents.store.Recovery;
import uk.nhs.coproduction.alwaysevents.workflow.TransitionOption;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.validation.ModelValidator;
import uk.nhs.coproduction.model.validation.ValidationResult;

/**
 * Always Events&reg; projects kept in an {@link EventStore}: the entry point for applications.
 * Handling a command validates it (Bean Validation), checks the version it was decided on,
 * decides it against the project's current state, appends the events with the actor, the time
 * from the injected {@link Clock} and the workflow definition's version, notifies listeners,
 * and returns the project after the events.
 *
 * <pre>{@code
 * AlwaysEventProjects projects = AlwaysEventProjects.using(new InMemoryEventStore(),
 *         WorkflowDefinition.standard(), Clock.systemUTC());
 * ProjectId id = ProjectId.of("humber-contact");
 * Actor lead = Actor.of("qi-lead-1");
 * projects.handle(id, 0, lead, new StartProjectCommand("Humber NHS Foundation Trust",
 *         "Contact with people who matter", "Assessment and treatment unit", LocalDate.of(2016, 10, 3)));
 * CommandOutcome outcome = projects.handle(id, 1, lead,
 *         new TakeTransitionCommand("understand-what-matters", LocalDate.of(2016, 10, 10)));
 * if (outcome instanceof CommandOutcome.Refused refused) {
 *     refused.reasons().forEach(reason -> System.out.println(reason.code() + ": " + reason.message()));
 * }
 * }</pre>
 *
 * <p><b>Who may give a command.</b> {@link #handle(ProjectId, long, Principal, ProjectCommand)}
 * takes a {@link Principal} (a pseudonymous id and the roles the organisation assigned) and
 * checks the {@link AccessPolicy} ({@link #withAccessPolicy}; {@link AccessPolicy#bundled()} by
 * default) before deciding, so a command from someone whose roles may not give it is refused,
 * with its reasons, and nothing is recorded; the events carry the principal's id as their actor.
 * The overloads that take an {@link Actor} check no policy: they are for callers that have
 * already decided who may do what (a trusted service, a command line run by the QI lead, tests,
 * imports).
 *
 * <p>Projects are rebuilt from their latest snapshot and the events after it, and the latest
 * state of each project is kept in memory, so a command on a project costs one decision and
 * one append. Every {@code snapshotEvery} events (default 100) a snapshot is saved.
 *
 * <p>This class is immutable and thread-safe; {@code with…} methods return a new instance that
 * shares the store and the cache of projects.
 *
 * @since 0.1.0
 */
public final class AlwaysEventProjects {

    /** How many events apart snapshots are saved by default. */
    public static final int DEFAULT_SNAPSHOT_EVERY = 100;

    private final EventStore store;
    private final WorkflowDefinition definition;
    private final AccessPolicy policy;
    private final Clock clock;
    private final List<ProjectEventListener> listeners;
    private final int snapshotEvery;
    private final ConcurrentHashMap<ProjectId, AlwaysEventProject> live;

    private AlwaysEventProjects(EventStore store, WorkflowDefinition definition, AccessPolicy policy, Clock clock,
            List<ProjectEventListener> listeners, int snapshotEvery, ConcurrentHashMap<ProjectId, AlwaysEventProject> live) {
        this.store = Objects.requireNonNull(store, "store");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listeners = List.copyOf(listeners);
        this.snapshotEvery = snapshotEvery;
        this.live = live;
    }

    /**
     * Projects in {@code store}, decided by {@code definition}, timed by {@code clock}.
     *
     * @param store where the projects' events are kept
     * @param definition the workflow that decides the commands
     * @param clock the clock that times recorded events
     * @return the projects in {@code store}
     */
    public static AlwaysEventProjects using(EventStore store, WorkflowDefinition definition, Clock clock) {
        return new AlwaysEventProjects(store, definition, AccessPolicy.bundled(), clock, List.of(), DEFAULT_SNAPSHOT_EVERY,
                new ConcurrentHashMap<>());
    }

    /**
     * Projects in a new in-memory store, with the standard workflow and the UTC system clock.
     *
     * @return projects kept in memory only, lost when the program stops
     */
    public static AlwaysEventProjects inMemory() {
        return using(new InMemoryEventStore(), WorkflowDefinition.standard(), Clock.systemUTC());
    }

    /**
     * {@return the same projects, with one more listener told about events after each successful
     * append}
     *
     * @param listener the listener to add
     */
    public AlwaysEventProjects withListener(ProjectEventListener listener) {
        List<ProjectEventListener> more = new ArrayList<>(listeners);
        more.add(Objects.requireNonNull(listener, "listener"));
        return new AlwaysEventProjects(store, definition, policy, clock, more, snapshotEvery, live);
    }

    /**
     * {@return the same projects, saving a snapshot every {@code events} events (0: never)}
     *
     * @param events how many events between snapshots; 0 saves none
     * @throws IllegalArgumentException if {@code events} is negative
     */
    public AlwaysEventProjects withSnapshotEvery(int events) {
        if (events < 0) {
            throw new IllegalArgumentException("snapshots are saved every 0 (never) or more events: " + events);
        }
        return new AlwaysEventProjects(store, definition, policy, clock, listeners, events, live);
    }

    /**
     * {@return the same projects, checking commands given by a {@link Principal} against
     * {@code accessPolicy}, such as an organisation's own policy}
     *
     * @param accessPolicy who may give which command
     */
    public AlwaysEventProjects withAccessPolicy(AccessPolicy accessPolicy) {
        return new AlwaysEventProjects(store, definition, accessPolicy, clock, listeners, snapshotEvery, live);
    }

    /** {@return the access policy commands given by a {@link Principal} are checked against} */
    public AccessPolicy accessPolicy() {
        return policy;
    }

    /** {@return the workflow definition commands are decided by} */
    public WorkflowDefinition definition() {
        return definition;
    }

    /** {@return the store} */
    public EventStore store() {
        return store;
    }

    /**
     * Handles {@code command} for project {@code id}, decided on {@code expectedVersion} (0 for a
     * project not yet started).
     *
     * <p>No access policy is checked: this is for callers that have already decided who may do
     * what. To check the policy, pass a {@link Principal} instead of an {@link Actor}.
     *
     * @param id the project's id
     * @param expectedVersion the version the command was decided on (0 for a project not yet
     *     started)
     * @param actor who gives the command
     * @param command the command
     * @return what became of the command: recorded, refused with every reason, invalid, a conflict,
     *     or failed
     * @throws EventStoreException if the store fails (nothing is recorded)
     */
    public CommandOutcome handle(ProjectId id, long expectedVersion, Actor actor, ProjectCommand command) {
        Objects.requireNonNull(actor, "actor");
        return handle(id, expectedVersion, actor, null, command);
    }

    /**
     * Handles {@code command} given by {@code principal} for project {@code id}, decided on
     * {@code expectedVersion} (0 for a project not yet started): as
     * {@link #handle(ProjectId, long, Actor, ProjectCommand)}, after checking the
     * {@linkplain #accessPolicy() access policy}. A command the policy refuses is
     * {@link CommandOutcome.Refused} with the policy's reasons (such as
     * {@value AccessPolicy#ROLE_NOT_PERMITTED}) and nothing is recorded; a recorded command's
     * events carry the principal's id as their actor.
     *
     * @param id the project's id
     * @param expectedVersion the version the command was decided on (0 for a project not yet
     *     started)
     * @param principal who gives the command, with the roles the organisation assigned them
     * @param command the command
     * @return what became of the command: recorded, refused with every reason (the policy's or
     *     the project's), invalid, a conflict, or failed
     * @throws EventStoreException if the store fails (nothing is recorded)
     */
    public CommandOutcome handle(ProjectId id, long expectedVersion, Principal principal, ProjectCommand command) {
        Objects.requireNonNull(principal, "principal");
        return handle(id, expectedVersion, principal.actor(), principal, command);
    }

    /**
     * Handles {@code command} given by {@code principal}, decided on the project's current version:
     * as {@link #handle(ProjectId, Actor, ProjectCommand)}, after checking the access policy.
     *
     * @param id the project's id
     * @param principal who gives the command, with the roles the organisation assigned them
     * @param command the command
     * @return what became of the command: recorded, refused with every reason, invalid, a conflict,
     *     or failed
     */
    public CommandOutcome handle(ProjectId id, Principal principal, ProjectCommand command) {
        return handle(id, store.version(id), principal, command);
    }

    private CommandOutcome handle(ProjectId id, long expectedVersion, Actor actor, @Nullable Principal principal,
            ProjectCommand command) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(command, "command");
        ValidationResult<ProjectCommand> validation = ModelValidator.standard().validate(command);
        if (validation instanceof ValidationResult.Refused<ProjectCommand> invalid) {
            return new CommandOutcome.Invalid(invalid.problems());
        }
        AlwaysEventProject current = project(id).orElse(null);
        long actual = current == null ? 0 : current.version();
        if (expectedVersion != actual) {
            return new CommandOutcome.Conflict(expectedVersion, actual);
        }
        if (principal != null && policy.check(principal, command, current) instanceof Verdict.Refused refusedAccess) {
            return new CommandOutcome.Refused(refusedAccess.reasons());
        }
        CommandResult result = Decider.decide(current, command, definition, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (result instanceof CommandResult.Refused refused) {
            return new CommandOutcome.Refused(refused.reasons());
        }
        if (result instanceof CommandResult.Failed failed) {
            return new CommandOutcome.Failed(failed.failures(), failed.reasons());
        }
        List<ProjectEvent> decided = ((CommandResult.Accepted) result).events();
        Instant now = clock.instant();
        List<RecordedEvent> recorded = new ArrayList<>(decided.size());
        for (int i = 0; i < decided.size(); i++) {
            recorded.add(RecordedEvent.of(id, actual + 1 + i, now, actor, definition.version(), decided.get(i)));
        }
        AppendResult appended = store.append(id, actual, recorded);
        if (appended instanceof AppendResult.Conflict conflict) {
            live.remove(id);
            return new CommandOutcome.Conflict(expectedVersion, conflict.actualVersion());
        }
        AlwaysEventProject next = AlwaysEventProject.replay(current, recorded).orElseThrow();
        live.merge(id, next, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        List<ListenerFailure> failures = new ArrayList<>(0);
        saveSnapshotIfDue(current, next, failures);
        for (ProjectEventListener listener : listeners) {
            try {
                listener.appended(next, recorded);
            } catch (RuntimeException e) {
                failures.add(new ListenerFailure(listener.getClass().getName(), e.getClass().getName(),
                        e.getMessage() == null ? "" : e.getMessage()));
            }
        }
        return new CommandOutcome.Recorded(next, recorded, failures);
    }

    /**
     * Handles {@code command} decided on the project's current version: for single-user tools
     * such as a command line. A concurrent change between deciding and appending still gives a
     * {@link CommandOutcome.Conflict}, never a merge.
     * No access policy is checked (see {@link #handle(ProjectId, Principal, ProjectCommand)}).
     *
     * @param id the project's id
     * @param actor who gives the command
     * @param command the command
     * @return what became of the command: recorded, refused with every reason, invalid, a conflict,
     *     or failed
     */
    public CommandOutcome handle(ProjectId id, Actor actor, ProjectCommand command) {
        return handle(id, store.version(id), actor, command);
    }

    /**
     * {@return the project as it stands, rebuilt from the latest snapshot and the events after it;
     * empty if it has not been started}
     *
     * @param id the project's id
     * @throws EventStoreException if the store fails
     */
    public Optional<AlwaysEventProject> project(ProjectId id) {
        AlwaysEventProject cached = live.get(id);
        long version = store.version(id);
        if (cached != null && cached.version() == version) {
            return Optional.of(cached);
        }
        AlwaysEventProject base = cached != null && cached.version() < version ? cached
                : store.snapshot(id).filter(s -> s.version() <= version).orElse(null);
        History tail = store.readAfter(id, base == null ? 0 : base.version());
        if (base != null && tail.events().stream().anyMatch(e -> e.event() instanceof WordsErasedEvent)) {
            // Words were erased since the cached copy or snapshot: it may hold them, so replay the erased log.
            base = null;
            tail = store.read(id);
        }
        Optional<AlwaysEventProject> project = AlwaysEventProject.replay(base, tail.events());
        project.ifPresent(p -> live.merge(id, p, (old, fresh) -> fresh.version() >= old.version() ? fresh : old));
        return project;
    }

    /**
     * Erases words from the project's history: see {@link Erasure} for what can be erased and
     * {@link EventStore#erase} for how. The store replaces the words with a marker and appends a
     * {@link WordsErasedEvent}, recorded at the clock's time for {@code actor}; this object forgets
     * its cached copy of the project, so it never serves the erased words again, and tells the
     * listeners, as for an append, with the project rebuilt from the erased log and the
     * {@code WordsErasedEvent}, so read models can replace what they keep. A listener that throws
     * does not undo the erasure: its read model must then be rebuilt from the store.
     *
     * @param id the project's id
     * @param actor who asked for the erasure
     * @param reason why
     * @param targets what to erase, never empty
     * @return what was erased, or why nothing was
     * @throws EventStoreException if the store fails (nothing is changed)
     * @since 0.1.0
     */
    public ErasureResult erase(ProjectId id, Actor actor, ErasureReason reason, List<Erasure.Target> targets) {
        Erasure erasure = Erasure.of(id, targets, reason, actor, clock.instant());
        ErasureResult result;
        try {
            result = store.erase(erasure);
        } finally {
            live.remove(id);
        }
        if (result instanceof ErasureResult.Accepted accepted && !accepted.value().nothingToErase()) {
            AlwaysEventProject now = project(id).orElseThrow();
            List<RecordedEvent> audit = store.readAfter(id, accepted.value().version() - 1).events().stream()
                    .filter(e -> e.version() == accepted.value().version()).toList();
            for (ProjectEventListener listener : listeners) {
                try {
                    listener.appended(now, audit);
                } catch (RuntimeException e) {
                    // The words are erased from the store whatever a read model does; see above.
                }
            }
        }
        return result;
    }

    /**
     * {@return the project's whole log, with any repair the store made when it opened it}
     *
     * @param id the project's id
     */
    public History history(ProjectId id) {
        return store.read(id);
    }

    /**
     * {@return every transition from the project's phase, with its verdict; empty if there is no
     * such project}
     *
     * @param id the project's id
     */
    public List<TransitionOption> availableTransitions(ProjectId id) {
        return project(id).map(definition::availableTransitions).orElse(List.of());
    }

    /**
     * {@return the project's summary report; empty if there is no such project}
     *
     * @param id the project's id
     */
    public Optional<ProjectSummary> summary(ProjectId id) {
        return project(id).map(p -> ProjectSummary.of(p, definition));
    }

    /** {@return every project in the store} */
    public List<ProjectId> projects() {
        return store.projects();
    }

    /**
     * Every project in the store, in id order, each read or, if its log cannot be read, listed as
     * {@link ProjectListing.Damaged}: one damaged project never keeps the others from being listed.
     *
     * @return one listing per project
     * @throws EventStoreException if the store cannot list its projects at all
     */
    public List<ProjectListing> listing() {
        List<ProjectListing> listing = new ArrayList<>();
        for (ProjectId id : store.projects()) {
            try {
                Optional<AlwaysEventProject> project = project(id);
                if (project.isPresent()) {
                    Recovery recovery = store.readAfter(id, project.get().version()).recoveryMade().orElse(null);
                    listing.add(new ProjectListing.Readable(project.get(), recovery));
                }
            } catch (EventStoreException | IllegalArgumentException e) {
                // A log that does not replay (events out of order) is as damaged as one that does not parse.
                listing.add(new ProjectListing.Damaged(id, String.valueOf(e.getMessage())));
            }
        }
        return List.copyOf(listing);
    }

    private void saveSnapshotIfDue(@Nullable AlwaysEventProject before, AlwaysEventProject after,
            List<ListenerFailure> failures) {
        if (snapshotEvery == 0) {
            return;
        }
        long previous = before == null ? 0 : before.version();
        if (after.version() / snapshotEvery > previous / snapshotEvery) {
            try {
                store.saveSnapshot(after);
            } catch (EventStoreException e) {
                failures.add(new ListenerFailure("snapshot", e.getClass().getName(), String.valueOf(e.getMessage())));
            }
        }
    }

    @Override
    public String toString() {
        return "AlwaysEventProjects[" + store + ", " + definition.version() + "]";
    }
}
