package uk.nhs.coproduction.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;

/**
 * {@link AlwaysEventProjects#handle} with a count of each outcome in {@code coproduction.commands}
 * (tag {@code outcome}). Inject it instead of {@code AlwaysEventProjects} where commands are
 * handled; read through {@link #projects()}.
 *
 * @since 0.1.0
 */
public final class MeteredProjects {

    /** The counter's name. */
    public static final String COMMANDS = "coproduction.commands";

    private final AlwaysEventProjects projects;
    private final Counter recorded;
    private final Counter refused;
    private final Counter invalid;
    private final Counter conflict;
    private final Counter failed;

    /**
     * Counts the commands handled by {@code projects} in {@code registry}.
     *
     * @param projects the projects
     * @param registry where the counters are kept
     */
    public MeteredProjects(AlwaysEventProjects projects, MeterRegistry registry) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.recorded = counter(registry, "recorded");
        this.refused = counter(registry, "refused");
        this.invalid = counter(registry, "invalid");
        this.conflict = counter(registry, "conflict");
        this.failed = counter(registry, "failed");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(COMMANDS).tag("outcome", outcome)
                .description("Always Events project commands handled, by outcome").register(registry);
    }

    /** @return the projects, for reading */
    public AlwaysEventProjects projects() {
        return projects;
    }

    /**
     * {@link AlwaysEventProjects#handle(ProjectId, long, Actor, ProjectCommand)}, counted.
     *
     * @param id the project
     * @param expectedVersion the version the command was decided on (0 for a new project)
     * @param actor who gives the command
     * @param command the command
     * @return what handling it gave
     */
    public CommandOutcome handle(ProjectId id, long expectedVersion, Actor actor, ProjectCommand command) {
        CommandOutcome outcome = projects.handle(id, expectedVersion, actor, command);
        count(outcome);
        return outcome;
    }

    /**
     * {@link AlwaysEventProjects#handle(ProjectId, Actor, ProjectCommand)}, counted.
     *
     * @param id the project
     * @param actor who gives the command
     * @param command the command
     * @return what handling it gave
     */
    public CommandOutcome handle(ProjectId id, Actor actor, ProjectCommand command) {
        CommandOutcome outcome = projects.handle(id, actor, command);
        count(outcome);
        return outcome;
    }

    private void count(CommandOutcome outcome) {
        if (outcome instanceof CommandOutcome.Recorded) {
            recorded.increment();
        } else if (outcome instanceof CommandOutcome.Refused) {
            refused.increment();
        } else if (outcome instanceof CommandOutcome.Invalid) {
            invalid.increment();
        } else if (outcome instanceof CommandOutcome.Conflict) {
            conflict.increment();
        } else {
            failed.increment();
        }
    }

    @Override
    public String toString() {
        return "MeteredProjects[" + projects + "]";
    }
}
