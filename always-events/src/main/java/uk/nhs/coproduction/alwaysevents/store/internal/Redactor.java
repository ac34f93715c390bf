package uk.nhs.coproduction.alwaysevents.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.project.ImpactRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.ImpactSignedOffEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.WhatMattersRecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.WordsErasedEvent;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * The free-text fields of each kind of event, and their erasure: a field is named by its path in
 * the event's JSON {@code data} and erased by putting {@link WordsErasedEvent#MARKER} in its
 * place, then reading the event back through {@link EventCodec}, so an erased event is checked
 * exactly as a stored one is. Ids, dates, numbers and the workflow's own names are never free
 * text: other events refer to them, and replay needs them.
 */
public final class Redactor {

    private static final Map<String, List<String>> FREE_TEXT = Map.ofEntries(
            Map.entry("ProjectStarted", List.of("organisation", "title", "areaOfFocus")),
            Map.entry("ExecutiveSponsorAppointed", List.of()),
            Map.entry("OversightMemberJoined", List.of()),
            Map.entry("CoDesignMemberJoined", List.of()),
            Map.entry("CoDesignMemberLeft", List.of()),
            Map.entry("WhatMattersRecorded", List.of("evidence.summary")),
            Map.entry("VisionStated", List.of("vision.text")),
            Map.entry("AimStated", List.of("aim.population", "aim.measure")),
            Map.entry("CriterionAssessed", List.of("assessment.evidence")),
            Map.entry("PrimaryDriverAdded", List.of("driver.text")),
            Map.entry("SecondaryDriverAdded", List.of("driver.text")),
            Map.entry("ChangeIdeaAdded", List.of("idea.text")),
            Map.entry("PdsaCyclePlanned", List.of("plan.objective", "plan.prediction", "plan.arrangements", "plan.dataCollection")),
            Map.entry("PdsaDoRecorded", List.of("done.observations")),
            Map.entry("PdsaStudyRecorded", List.of("study.learning")),
            Map.entry("PdsaActRecorded", List.of("act.nextSteps")),
            Map.entry("MeasurementRecorded", List.of()),
            Map.entry("MeasurementCorrected", List.of("reason")),
            Map.entry("SpreadSiteAdded", List.of("site.name")),
            Map.entry("SiteMeasurementRecorded", List.of()),
            Map.entry("SustainReviewRecorded", List.of("review.findings")),
            Map.entry("ProgressScoreSet", List.of("rationale")),
            Map.entry("ImpactRecorded", List.of("youSaid", "weDid")),
            Map.entry("ImpactSignedOff", List.of("signOff.comment")),
            Map.entry("ApprovalRecorded", List.of()),
            Map.entry("PhaseChanged", List.of()),
            Map.entry("ProjectPaused", List.of("reason")),
            Map.entry("ProjectResumed", List.of()),
            Map.entry("ProjectClosed", List.of("reason")),
            Map.entry("WordsErased", List.of()),
            // A measure's name and operational definition say how something is counted, not what
            // a person said: they are not personal data. They are free text all the same, so a
            // name written into them by mistake can be erased by event and field.
            Map.entry("MeasureDefined", List.of("definition.name", "definition.operationalDefinition")),
            Map.entry("MeasureValueRecorded", List.of()),
            Map.entry("MeasureValueCorrected", List.of("reason")));

    static {
        for (String type : EventCodec.typeNames()) {
            if (!FREE_TEXT.containsKey(type)) {
                throw new ExceptionInInitializerError("no list of free-text fields for " + type + " events");
            }
        }
    }

    private Redactor() {
    }

    /** The free-text fields an event of this kind can have, in a fixed order (possibly none). */
    public static List<String> freeText(ProjectEvent event) {
        return FREE_TEXT.get(EventCodec.typeName(event));
    }

    /** The free-text fields that hold words in {@code recorded} now: neither absent nor erased. */
    public static List<String> holdingWords(RecordedEvent recorded) {
        ObjectNode data = (ObjectNode) EventCodec.tree(recorded).get("data");
        List<String> holding = new ArrayList<>();
        for (String field : freeText(recorded.event())) {
            JsonNode value = at(data, field);
            if (value != null && value.isString() && !WordsErasedEvent.MARKER.equals(value.asString())) {
                holding.add(field);
            }
        }
        return holding;
    }

    /**
     * The fields of {@code recorded} that hold {@code partner}'s words now: every free-text field
     * of an event the partner recorded, the impact entries they are named as saying (what was said
     * and what was done about it, which often repeats it), the evidence of what matters they voiced,
     * and their comments signing off.
     */
    public static List<String> wordsOf(RecordedEvent recorded, PartnerId partner) {
        List<String> holding = holdingWords(recorded);
        if (recorded.actor().value().equals(partner.value())) {
            return holding;
        }
        ProjectEvent event = recorded.event();
        boolean theirs = event instanceof ImpactRecordedEvent impact && impact.saidBy().contains(partner)
                || event instanceof WhatMattersRecordedEvent matters && matters.evidence().voicedBy().contains(partner)
                || event instanceof ImpactSignedOffEvent signed && signed.signOff().partner().equals(partner);
        return theirs ? holding : List.of();
    }

    /**
     * {@code recorded} with each of {@code fields} (which it holds, as {@link #holdingWords} says)
     * replaced by the marker.
     *
     * @throws IllegalStateException if the erased event does not read back, which would be a bug
     */
    public static RecordedEvent erase(RecordedEvent recorded, Collection<String> fields) {
        ObjectNode tree = EventCodec.tree(recorded);
        ObjectNode data = (ObjectNode) tree.get("data");
        for (String field : fields) {
            int dot = field.lastIndexOf('.');
            JsonNode parent = dot < 0 ? data : at(data, field.substring(0, dot));
            if (!(parent instanceof ObjectNode object) || object.get(field.substring(dot + 1)) == null) {
                throw new IllegalArgumentException("the event has no field " + field);
            }
            object.put(field.substring(dot + 1), WordsErasedEvent.MARKER);
        }
        try {
            return EventCodec.read(tree);
        } catch (RuntimeException e) {
            throw new IllegalStateException("an erased " + EventCodec.typeName(recorded.event())
                    + " event does not read back: " + e.getClass().getName());
        }
    }

    private static @Nullable JsonNode at(ObjectNode data, String path) {
        JsonNode node = data;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }
}
