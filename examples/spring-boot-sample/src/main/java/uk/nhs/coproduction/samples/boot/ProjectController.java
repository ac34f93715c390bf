package uk.nhs.coproduction.samples.boot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.spring.autoconfigure.metrics.MeteredProjects;

/**
 * An Always Events&reg; project's measurements:
 * <ul>
 *   <li>{@code POST /api/projects/{id}} starts a project (201 with its snapshot, the library's JSON),
 *       {@code {"organisation", "title", "areaOfFocus", "startedOn"}};</li>
 *   <li>{@code POST /api/projects/{id}/measurements} records a period's measurement (201),
 *       {@code {"expectedVersion", "period", "numerator", "denominator"}}: 409 with the current
 *       version when {@code expectedVersion} is stale, 422 with the reasons when the project
 *       refuses it and with each field when Bean Validation does;</li>
 *   <li>{@code GET /api/projects/{id}/measurements}: its version and every measurement;</li>
 *   <li>{@code GET /api/projects/{id}}: its snapshot, the library's JSON.</li>
 * </ul>
 * Always Events is a registered trademark of the Institute for Healthcare Improvement.
 *
 * @since 0.1.0
 */
@RestController
public class ProjectController {

    private static final Actor SAMPLE = Actor.of("boot-sample");

    private final MeteredProjects commands;
    private final AlwaysEventProjects projects;

    /**
     * Handles commands through {@code commands}.
     *
     * @param commands the starter's counted projects
     */
    public ProjectController(MeteredProjects commands) {
        this.commands = commands;
        this.projects = commands.projects();
    }

    /**
     * What starts a project.
     *
     * @param organisation the organisation
     * @param title the project's title
     * @param areaOfFocus where it happens
     * @param startedOn when it started
     */
    public record Start(String organisation, String title, String areaOfFocus, LocalDate startedOn) {
    }

    /**
     * One period's measurement.
     *
     * @param expectedVersion the project's version the caller saw
     * @param period the period, such as {@code 2017-06}
     * @param numerator for how many the Always Event happened
     * @param denominator how many were eligible
     */
    public record MeasurementEntry(long expectedVersion, String period, int numerator, int denominator) {
    }

    /**
     * A project's measurements.
     *
     * @param projectId the project
     * @param version its version
     * @param measurements every period's measurement, oldest first
     */
    public record Measurements(String projectId, long version, List<Period> measurements) {
    }

    /**
     * One period's measurement, as shown.
     *
     * @param period the period
     * @param numerator for how many the Always Event happened
     * @param denominator how many were eligible
     */
    public record Period(String period, int numerator, int denominator) {
    }

    /**
     * Starts a project.
     *
     * @param id the new project's id
     * @param start what starts it
     * @return 201 with the project, or why not
     */
    @PostMapping("/api/projects/{id}")
    public ResponseEntity<?> start(@PathVariable("id") String id, @RequestBody Start start) {
        return answer(id, 0, new StartProjectCommand(start.organisation(), start.title(), start.areaOfFocus(),
                start.startedOn()));
    }

    /**
     * Records a measurement.
     *
     * @param id the project
     * @param entry the measurement
     * @return 201 with the project, or why not
     */
    @PostMapping("/api/projects/{id}/measurements")
    public ResponseEntity<?> record(@PathVariable("id") String id, @RequestBody MeasurementEntry entry) {
        return answer(id, entry.expectedVersion(), new RecordMeasurementCommand(entry.period(), entry.numerator(),
                entry.denominator()));
    }

    /**
     * A project's measurements.
     *
     * @param id the project
     * @return 200 with them, or 404
     */
    @GetMapping("/api/projects/{id}/measurements")
    public ResponseEntity<Measurements> measurements(@PathVariable("id") String id) {
        @Nullable AlwaysEventProject project = find(id);
        if (project == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(new Measurements(project.id().toString(), project.version(), project.measurements()
                .stream().map(m -> new Period(m.period(), m.numerator(), m.denominator())).toList()));
    }

    /**
     * A project's snapshot, in the library's JSON.
     *
     * @param id the project
     * @return 200 with it, or 404
     */
    @GetMapping("/api/projects/{id}")
    public ResponseEntity<AlwaysEventProject> project(@PathVariable("id") String id) {
        @Nullable AlwaysEventProject project = find(id);
        return project == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(project);
    }

    private @Nullable AlwaysEventProject find(String id) {
        return ProjectId.problemWith(id) != null ? null : projects.project(ProjectId.of(id)).orElse(null);
    }

    private ResponseEntity<?> answer(String id, long expectedVersion, ProjectCommand command) {
        if (ProjectId.problemWith(id) != null) {
            return ResponseEntity.badRequest().body(Map.of("error", "not a project id"));
        }
        CommandOutcome outcome = commands.handle(ProjectId.of(id), expectedVersion, SAMPLE, command);
        if (outcome instanceof CommandOutcome.Recorded recorded) {
            return ResponseEntity.status(HttpStatus.CREATED).body(recorded.project());
        }
        if (outcome instanceof CommandOutcome.Conflict conflict) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("currentVersion", conflict.actualVersion()));
        }
        if (outcome instanceof CommandOutcome.Refused refused) {
            return ResponseEntity.unprocessableEntity().body(Map.of("reasons",
                    refused.reasons().stream().map(r -> r.code()).toList()));
        }
        if (outcome instanceof CommandOutcome.Invalid invalid) {
            return ResponseEntity.unprocessableEntity().body(Map.of("errors",
                    invalid.violations().stream().map(v -> Map.of("field", v.path(), "message", v.message())).toList()));
        }
        return ResponseEntity.unprocessableEntity().body(Map.of("error", "the command could not be recorded"));
    }
}
