package uk.nhs.coproduction.alwaysevents.goals.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import uk.nhs.coproduction.alwaysevents.goals.CoProductionDefinition;
import uk.nhs.coproduction.alwaysevents.goals.SharedDecision;
import uk.nhs.coproduction.alwaysevents.goals.StaffSurveyQuestion;
import uk.nhs.coproduction.alwaysevents.internal.BundledJson;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.project.Phase;

/**
 * Reads the bundled national goals document, so that {@link CoProductionDefinition} and
 * {@link StaffSurveyQuestion} stay values that do not parse JSON themselves.
 */
public final class GoalsDocument {

    private static final String RESOURCE = "national-goals.json";
    private static final String WHERE = "goals/internal/" + RESOURCE;

    private GoalsDocument() {
    }

    /**
     * The bundled operational definition of co-production from the very start.
     *
     * @return the definition
     * @throws IllegalStateException naming the place when the bundled document is not valid
     */
    public static CoProductionDefinition coProductionFromTheStart() {
        JsonNode goal = BundledJson.object(document(), "coProductionFromTheStart", WHERE);
        String at = WHERE + ".coProductionFromTheStart";
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        List<JsonNode> phaseNodes = BundledJson.array(goal, "fromTheStartPhases", at);
        for (int i = 0; i < phaseNodes.size(); i++) {
            String code = phaseNodes.get(i).asString();
            try {
                phases.add(Phase.valueOf(code));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(at + ".fromTheStartPhases[" + i + "]: not a phase", e);
            }
        }
        Set<SharedDecision> kinds = EnumSet.noneOf(SharedDecision.class);
        List<JsonNode> kindNodes = BundledJson.array(goal, "sharedDecisions", at);
        for (int i = 0; i < kindNodes.size(); i++) {
            int index = i;
            kinds.add(SharedDecision.fromCode(kindNodes.get(i).asString()).orElseThrow(() -> new IllegalStateException(
                    at + ".sharedDecisions[" + index + "]: not a kind of shared decision")));
        }
        return CoProductionDefinition.of(BundledJson.edition(goal, at), BundledJson.text(goal, "name", at),
                BundledJson.text(goal, "operationalDefinition", at), phases, kinds, chart(goal, at),
                BundledJson.text(goal, "whyThisChart", at));
    }

    /**
     * The bundled wording of the NHS Staff Survey question.
     *
     * @return the question
     * @throws IllegalStateException naming the place when the bundled document is not valid
     */
    public static StaffSurveyQuestion staffSurveyQuestion() {
        JsonNode question = BundledJson.object(document(), "staffSurveyQuestion", WHERE);
        String at = WHERE + ".staffSurveyQuestion";
        return new StaffSurveyQuestion(BundledJson.edition(question, at), BundledJson.text(question, "wording", at),
                BundledJson.optionalText(question, "questionNumber", at), BundledJson.text(question, "measure", at),
                chart(question, at), BundledJson.text(question, "whyThisChart", at));
    }

    private static JsonNode document() {
        return BundledJson.resource(GoalsDocument.class, RESOURCE);
    }

    private static ChartType chart(JsonNode node, String at) {
        return ChartType.fromCode(BundledJson.text(node, "chart", at))
                .orElseThrow(() -> new IllegalStateException(at + ".chart: not a chart type"));
    }
}
