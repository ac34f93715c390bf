package uk.nhs.coproduction.alwaysevents.workflow.internal;

import java.util.stream.Collectors;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.workflow.PhaseDefinition;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/** Writes a workflow definition as a Mermaid state diagram ({@code stateDiagram-v2}). */
public final class MermaidDiagram {

    private MermaidDiagram() {
    }

    /** The diagram: one state per phase with its name, one arrow per transition with its guards. */
    public static String of(WorkflowDefinition definition) {
        StringBuilder text = new StringBuilder("stateDiagram-v2\n");
        text.append("    %% ").append(definition.version()).append('\n');
        for (PhaseDefinition phase : definition.phases()) {
            text.append("    ").append(phase.phase().name()).append(" : ").append(safe(phase.name())).append('\n');
        }
        text.append("    [*] --> ").append(Phase.SET_UP_AND_OVERSIGHT.name()).append('\n');
        for (Transition transition : definition.transitions()) {
            text.append("    ").append(transition.from().name()).append(" --> ").append(transition.to().name())
                    .append(" : ").append(transition.id());
            if (!transition.guards().isEmpty()) {
                text.append(" (").append(transition.guards().stream().map(g -> g.spec().kind())
                        .collect(Collectors.joining(", "))).append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Mermaid labels end at a line break and treat ';' and '#' specially: keep them out. */
    private static String safe(String label) {
        return label.replace('\n', ' ').replace(';', ',').replace("#", "no. ");
    }
}
