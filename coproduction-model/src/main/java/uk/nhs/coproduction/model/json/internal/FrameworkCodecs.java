package uk.nhs.coproduction.model.json.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.model.alignment.Circle;
import uk.nhs.coproduction.model.alignment.Region;
import uk.nhs.coproduction.model.framework.AlignmentModel;
import uk.nhs.coproduction.model.framework.CircleDefinition;
import uk.nhs.coproduction.model.framework.Confidence;
import uk.nhs.coproduction.model.framework.CoproductionModel;
import uk.nhs.coproduction.model.framework.CoproductionStep;
import uk.nhs.coproduction.model.framework.CoproductionValue;
import uk.nhs.coproduction.model.framework.FocusArea;
import uk.nhs.coproduction.model.framework.FrameworkEdition;
import uk.nhs.coproduction.model.framework.GroupingDefinition;
import uk.nhs.coproduction.model.framework.LadderOfParticipation;
import uk.nhs.coproduction.model.framework.LevelDefinition;
import uk.nhs.coproduction.model.framework.PaymentEntitlement;
import uk.nhs.coproduction.model.framework.PolicyRate;
import uk.nhs.coproduction.model.framework.PpvPartnerPolicy;
import uk.nhs.coproduction.model.framework.RegionDefinition;
import uk.nhs.coproduction.model.framework.RungDefinition;
import uk.nhs.coproduction.model.framework.StatutoryGuidance;
import uk.nhs.coproduction.model.framework.StatutoryPrinciple;
import uk.nhs.coproduction.model.ladder.Grouping;
import uk.nhs.coproduction.model.ladder.LadderRung;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;
import uk.nhs.coproduction.model.partnership.PaymentRate;

/** The JSON mappings of the five framework documents. */
public final class FrameworkCodecs {

    private FrameworkCodecs() {
    }

    /** The Co-Production Model document. */
    public static final Codec<CoproductionModel> COPRODUCTION_MODEL = new Codec<>() {
        @Override
        public String documentName() {
            return "coproduction-model";
        }

        @Override
        public @Nullable CoproductionModel read(Fields f) {
            FrameworkEdition edition = f.object("edition", true, EditionCodec::read);
            String definition = f.text("definition");
            List<CoproductionValue> values = f.objects("values", true, v -> {
                CoproductionValue.Key key = v.enumValue("key", CoproductionValue.Key.class);
                String name = v.text("name");
                List<String> behaviours = v.texts("behaviours");
                Confidence confidence = EditionCodec.itemConfidence(v);
                if (key == null || name == null || behaviours == null || EditionCodec.badConfidence(v, confidence)) {
                    return null;
                }
                return v.build(() -> new CoproductionValue(key, name, behaviours, confidence));
            });
            List<CoproductionStep> steps = f.objects("steps", true, s -> {
                CoproductionStep.Key key = s.enumValue("key", CoproductionStep.Key.class);
                String name = s.text("name");
                String description = s.text("description");
                Confidence confidence = EditionCodec.itemConfidence(s);
                if (key == null || name == null || description == null || EditionCodec.badConfidence(s, confidence)) {
                    return null;
                }
                return s.build(() -> new CoproductionStep(key, name, description, confidence));
            });
            List<FocusArea> focusAreas = f.objects("focusAreas", false, a -> {
                String name = a.text("name");
                String description = a.text("description");
                return name == null || description == null ? null : a.build(() -> new FocusArea(name, description));
            });
            if (edition == null || definition == null || values == null || steps == null || focusAreas == null) {
                return null;
            }
            return f.build(() -> new CoproductionModel(edition, definition, values, steps, focusAreas));
        }

        @Override
        public void write(CoproductionModel model, ObjectNode root) {
            EditionCodec.write(model.edition(), root.putObject("edition"));
            root.put("definition", model.definition());
            ArrayNode values = root.putArray("values");
            for (CoproductionValue value : model.values()) {
                ObjectNode v = values.addObject();
                v.put("key", value.key().name());
                v.put("name", value.name());
                Write.texts(v, "behaviours", value.behaviours());
                EditionCodec.writeOptionalConfidence(value.confidence(), v);
            }
            ArrayNode steps = root.putArray("steps");
            for (CoproductionStep step : model.steps()) {
                ObjectNode s = steps.addObject();
                s.put("key", step.key().name());
                s.put("name", step.name());
                s.put("description", step.description());
                EditionCodec.writeOptionalConfidence(step.confidence(), s);
            }
            ArrayNode areas = root.putArray("focusAreas");
            for (FocusArea area : model.focusAreas()) {
                ObjectNode a = areas.addObject();
                a.put("name", area.name());
                a.put("description", area.description());
            }
        }
    };

    /** The ladder of participation document. */
    public static final Codec<LadderOfParticipation> LADDER_OF_PARTICIPATION = new Codec<>() {
        @Override
        public String documentName() {
            return "ladder-of-participation";
        }

        @Override
        public @Nullable LadderOfParticipation read(Fields f) {
            FrameworkEdition edition = f.object("edition", true, EditionCodec::read);
            List<RungDefinition> rungs = f.objects("rungs", true, r -> {
                LadderRung rung = r.enumValue("rung", LadderRung.class);
                String name = r.text("name");
                String meaning = r.text("meaning");
                return rung == null || name == null || meaning == null
                        ? null : r.build(() -> new RungDefinition(rung, name, meaning));
            });
            List<GroupingDefinition> groupings = f.objects("groupings", true, g -> {
                Grouping grouping = g.enumValue("grouping", Grouping.class);
                String name = g.text("name");
                return grouping == null || name == null ? null : g.build(() -> new GroupingDefinition(grouping, name));
            });
            if (edition == null || rungs == null || groupings == null) {
                return null;
            }
            return f.build(() -> new LadderOfParticipation(edition, rungs, groupings));
        }

        @Override
        public void write(LadderOfParticipation ladder, ObjectNode root) {
            EditionCodec.write(ladder.edition(), root.putObject("edition"));
            ArrayNode rungs = root.putArray("rungs");
            for (RungDefinition rung : ladder.rungs()) {
                ObjectNode r = rungs.addObject();
                r.put("rung", rung.rung().name());
                r.put("name", rung.name());
                r.put("meaning", rung.meaning());
            }
            ArrayNode groupings = root.putArray("groupings");
            for (GroupingDefinition grouping : ladder.groupings()) {
                ObjectNode g = groupings.addObject();
                g.put("grouping", grouping.grouping().name());
                g.put("name", grouping.name());
            }
        }
    };

    /** The statutory guidance document. */
    public static final Codec<StatutoryGuidance> STATUTORY_GUIDANCE = new Codec<>() {
        @Override
        public String documentName() {
            return "statutory-guidance";
        }

        @Override
        public @Nullable StatutoryGuidance read(Fields f) {
            FrameworkEdition edition = f.object("edition", true, EditionCodec::read);
            List<StatutoryPrinciple> principles = f.objects("principles", true, p -> {
                StatutoryPrinciple.Key key = p.enumValue("key", StatutoryPrinciple.Key.class);
                String text = p.text("text");
                Confidence confidence = EditionCodec.itemConfidence(p);
                if (key == null || text == null || EditionCodec.badConfidence(p, confidence)) {
                    return null;
                }
                return p.build(() -> new StatutoryPrinciple(key, text, confidence));
            });
            if (edition == null || principles == null) {
                return null;
            }
            return f.build(() -> new StatutoryGuidance(edition, principles));
        }

        @Override
        public void write(StatutoryGuidance guidance, ObjectNode root) {
            EditionCodec.write(guidance.edition(), root.putObject("edition"));
            ArrayNode principles = root.putArray("principles");
            for (StatutoryPrinciple principle : guidance.principles()) {
                ObjectNode p = principles.addObject();
                p.put("key", principle.key().name());
                p.put("text", principle.text());
                EditionCodec.writeOptionalConfidence(principle.confidence(), p);
            }
        }
    };

    /** The PPV partner policy document. */
    public static final Codec<PpvPartnerPolicy> PPV_PARTNER_POLICY = new Codec<>() {
        @Override
        public String documentName() {
            return "ppv-partner-policy";
        }

        @Override
        public @Nullable PpvPartnerPolicy read(Fields f) {
            FrameworkEdition edition = f.object("edition", true, EditionCodec::read);
            List<LevelDefinition> levels = f.objects("levels", true, l -> {
                InvolvementLevel level = l.enumValue("level", InvolvementLevel.class);
                String name = l.text("name");
                String description = l.text("description");
                PaymentEntitlement entitlement = l.enumValue("entitlement", PaymentEntitlement.class);
                Confidence confidence = EditionCodec.itemConfidence(l);
                if (level == null || name == null || description == null || entitlement == null
                        || EditionCodec.badConfidence(l, confidence)) {
                    return null;
                }
                return l.build(() -> new LevelDefinition(level, name, description, entitlement, confidence));
            });
            List<PolicyRate> rates = f.objects("rates", false, r -> {
                PaymentRate rate = r.object("rate", true, PartnershipCodec::rate);
                String note = r.text("note");
                Confidence confidence = EditionCodec.itemConfidence(r);
                if (rate == null || note == null || EditionCodec.badConfidence(r, confidence)) {
                    return null;
                }
                return r.build(() -> new PolicyRate(rate, note, confidence));
            });
            if (edition == null || levels == null || rates == null) {
                return null;
            }
            return f.build(() -> new PpvPartnerPolicy(edition, levels, rates));
        }

        @Override
        public void write(PpvPartnerPolicy policy, ObjectNode root) {
            EditionCodec.write(policy.edition(), root.putObject("edition"));
            ArrayNode levels = root.putArray("levels");
            for (LevelDefinition level : policy.levels()) {
                ObjectNode l = levels.addObject();
                l.put("level", level.level().name());
                l.put("name", level.name());
                l.put("description", level.description());
                l.put("entitlement", level.entitlement().name());
                EditionCodec.writeOptionalConfidence(level.confidence(), l);
            }
            ArrayNode rates = root.putArray("rates");
            for (PolicyRate rate : policy.rates()) {
                ObjectNode r = rates.addObject();
                PartnershipCodec.writeRate(rate.rate(), r.putObject("rate"));
                r.put("note", rate.note());
                EditionCodec.writeOptionalConfidence(rate.confidence(), r);
            }
        }
    };

    /** The alignment model document. */
    public static final Codec<AlignmentModel> ALIGNMENT_MODEL = new Codec<>() {
        @Override
        public String documentName() {
            return "alignment-model";
        }

        @Override
        public @Nullable AlignmentModel read(Fields f) {
            FrameworkEdition edition = f.object("edition", true, EditionCodec::read);
            List<CircleDefinition> circles = f.objects("circles", true, c -> {
                Circle circle = c.enumValue("circle", Circle.class);
                String name = c.text("name");
                String meaning = c.text("meaning");
                return circle == null || name == null || meaning == null
                        ? null : c.build(() -> new CircleDefinition(circle, name, meaning));
            });
            List<RegionDefinition> regions = f.objects("regions", true, r -> {
                Region region = r.enumValue("region", Region.class);
                String name = r.text("name");
                String meaning = r.text("meaning");
                return region == null || name == null || meaning == null
                        ? null : r.build(() -> new RegionDefinition(region, name, meaning));
            });
            if (edition == null || circles == null || regions == null) {
                return null;
            }
            return f.build(() -> new AlignmentModel(edition, circles, regions));
        }

        @Override
        public void write(AlignmentModel model, ObjectNode root) {
            EditionCodec.write(model.edition(), root.putObject("edition"));
            ArrayNode circles = root.putArray("circles");
            for (CircleDefinition circle : model.circles()) {
                ObjectNode c = circles.addObject();
                c.put("circle", circle.circle().name());
                c.put("name", circle.name());
                c.put("meaning", circle.meaning());
            }
            ArrayNode regions = root.putArray("regions");
            for (RegionDefinition region : model.regions()) {
                ObjectNode r = regions.addObject();
                r.put("region", region.region().name());
                r.put("name", region.name());
                r.put("meaning", region.meaning());
            }
        }
    };
}
