package uk.nhs.coproduction.app.alwaysevents;

import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.goals.CoProductionFromTheStart;
import uk.nhs.coproduction.alwaysevents.goals.PeriodCount;
import uk.nhs.coproduction.alwaysevents.goals.ProjectCoProduction;
import uk.nhs.coproduction.alwaysevents.goals.StaffSurveyQuestion;
import uk.nhs.coproduction.alwaysevents.goals.StaffSurveyResult;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * The two national goals as JSON, the same for {@code always-events goals --json} and
 * {@code GET /api/goals}: each figure with where it comes from.
 */
public final class GoalsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GoalsJson() {
    }

    /** The goals as a JSON document (pretty-printed). */
    public static String of(CoProductionFromTheStart coProduction, StaffSurveyQuestion question,
            Optional<StaffSurveyFile.Stored> survey) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode first = root.putObject("coProductionFromTheStart");
        first.put("name", coProduction.definition().name());
        first.put("operationalDefinition", coProduction.definition().operationalDefinition());
        first.put("source", citation(coProduction.definition().edition()));
        first.put("from", "The facts of each Always Events project in the data directory: when it started, when members "
                + "of its co-design team joined and in which phase, when its vision was agreed, and its approvals");
        first.put("reportingPeriod", coProduction.reportingPeriod().code());
        first.put("until", coProduction.until().toString());
        first.put("chart", coProduction.definition().chartType().code());
        first.put("whyThisChart", coProduction.definition().whyThisChart());
        ArrayNode periods = first.putArray("periods");
        for (PeriodCount period : coProduction.periods()) {
            periods.addObject().put("period", period.period()).put("end", period.end().toString())
                    .put("started", period.started()).put("coProduced", period.coProduced())
                    .put("proportion", period.proportion());
        }
        ArrayNode projects = first.putArray("projects");
        for (ProjectCoProduction project : coProduction.projects()) {
            ObjectNode one = projects.addObject().put("id", project.project().value()).put("title", project.title())
                    .put("startedOn", project.startedOn().toString());
            one.put("livedExperienceFromTheStartOn", project.livedExperienceFromTheStart().map(Object::toString).orElse(null));
            one.put("sharedDecisionOn", project.firstSharedDecision().map(Object::toString).orElse(null));
            one.put("sharedDecision", project.sharedDecision() == null ? null : project.sharedDecision().code());
            one.put("coProducedFromTheStartSince", project.coProducedFromTheStartSince().map(Object::toString)
                    .orElse(null));
        }
        ObjectNode second = root.putObject("staffSurvey");
        second.put("question", question.wording());
        second.put("questionNumber", question.questionNumber());
        second.put("measure", question.measure());
        second.put("source", citation(question.edition()));
        second.put("chart", question.chartType().code());
        second.put("whyThisChart", question.whyThisChart());
        second.put("imported", survey.isPresent());
        survey.ifPresent(s -> second.put("importedAt", s.importedAt().toString()).put("file", s.source()));
        ArrayNode results = second.putArray("results");
        survey.ifPresent(s -> {
            for (StaffSurveyResult result : s.results().results()) {
                ObjectNode one = results.addObject().put("year", result.year())
                        .put("organisationCode", result.organisationCode()).put("percentAgreeing", result.percentAgreeing());
                one.put("agreeing", result.agreeing());
                one.put("responding", result.responding());
            }
        });
        root.put("trademark", AlwaysEvents.TRADEMARK_NOTICE);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** The edition as one line: title, publisher, edition, and its first source's address. */
    public static String citation(FrameworkEdition edition) {
        String url = edition.sources().isEmpty() || edition.sources().get(0).url() == null ? ""
                : " <" + edition.sources().get(0).url() + ">";
        return edition.title() + " (" + edition.publisher() + ", " + edition.edition() + ")" + url;
    }
}
