package uk.nhs.coproduction.alwaysevents.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Approval;
import uk.nhs.coproduction.alwaysevents.project.ApprovalRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.CoDesignMemberJoinedEvent;
import uk.nhs.coproduction.alwaysevents.project.DefinitionVersion;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.PhaseChangedEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.ProjectStartedEvent;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.VisionStatedEvent;
import uk.nhs.coproduction.alwaysevents.statement.VisionStatement;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

/** Projects for the goals' tests, built by replaying events straight into the state. */
final class GoalProjects {

    private static final DefinitionVersion DEFINITION = WorkflowDefinition.standard().version();

    private GoalProjects() {
    }

    /**
     * A project started on {@code startedOn}; a patient joins the co-design team in {@code joinedIn}
     * on {@code joinedOn} (when not null); it enters co-design on {@code coDesignOn}; its vision is
     * agreed on {@code visionOn} (when not null).
     */
    static AlwaysEventProject project(String id, LocalDate startedOn, @Nullable Phase joinedIn,
            @Nullable LocalDate joinedOn, LocalDate coDesignOn, @Nullable LocalDate visionOn) {
        List<ProjectEvent> events = new ArrayList<>();
        events.add(new ProjectStartedEvent("Test NHS Trust", "Project " + id, "Ward 1", startedOn));
        events.add(new CoDesignMemberJoinedEvent(PartnerId.of("staff-" + id), Set.of(Role.FRONT_LINE_STAFF),
                Phase.SET_UP_AND_OVERSIGHT, startedOn));
        if (joinedIn != null && joinedOn != null) {
            events.add(new CoDesignMemberJoinedEvent(PartnerId.of("patient-" + id), Set.of(Role.PATIENT), joinedIn,
                    joinedOn));
        }
        events.add(new PhaseChangedEvent("jump", Phase.SET_UP_AND_OVERSIGHT, Phase.CO_DESIGN, coDesignOn));
        if (visionOn != null) {
            events.add(new VisionStatedEvent(VisionStatement.of("I will always be listened to", visionOn)));
        }
        return replay(id, events);
    }

    /** A project co-produced from the very start: a patient joins on the day it starts and agrees the vision a month on. */
    static AlwaysEventProject coProduced(String id, LocalDate startedOn) {
        return project(id, startedOn, Phase.SET_UP_AND_OVERSIGHT, startedOn, startedOn.plusDays(20),
                startedOn.plusDays(30));
    }

    /** A project whose only shared decision is an approval by {@code approver}'s patient, given on {@code approvedOn}. */
    static AlwaysEventProject approvedByPatient(String id, LocalDate startedOn, LocalDate coDesignOn, LocalDate leftOn,
            LocalDate approvedOn) {
        List<ProjectEvent> events = new ArrayList<>();
        events.add(new ProjectStartedEvent("Test NHS Trust", "Project " + id, "Ward 1", startedOn));
        events.add(new CoDesignMemberJoinedEvent(PartnerId.of("patient-" + id), Set.of(Role.SERVICE_USER),
                Phase.SET_UP_AND_OVERSIGHT, startedOn));
        events.add(new PhaseChangedEvent("jump", Phase.SET_UP_AND_OVERSIGHT, Phase.CO_DESIGN, coDesignOn));
        events.add(new PhaseChangedEvent("test", Phase.CO_DESIGN, Phase.TEST, leftOn));
        events.add(new ApprovalRecordedEvent(new Approval("clinical governance committee", PartnerId.of("patient-" + id),
                approvedOn)));
        return replay(id, events);
    }

    private static AlwaysEventProject replay(String id, List<ProjectEvent> events) {
        List<RecordedEvent> recorded = new ArrayList<>();
        ProjectId projectId = ProjectId.of(id);
        for (int i = 0; i < events.size(); i++) {
            recorded.add(RecordedEvent.of(projectId, i + 1, Instant.parse("2024-01-01T09:00:00Z"), Actor.of("qi-lead"),
                    DEFINITION, events.get(i)));
        }
        return AlwaysEventProject.replay(recorded).orElseThrow();
    }
}
