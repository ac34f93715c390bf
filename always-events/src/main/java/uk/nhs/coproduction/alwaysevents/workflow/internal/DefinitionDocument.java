package uk.nhs.coproduction.alwaysevents.workflow.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.internal.BundledJson;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.workflow.Guard;
import uk.nhs.coproduction.alwaysevents.workflow.GuardLibrary;
import uk.nhs.coproduction.alwaysevents.workflow.GuardSpec;
import uk.nhs.coproduction.alwaysevents.workflow.PhaseDefinition;
import uk.nhs.coproduction.alwaysevents.workflow.Transition;
import uk.nhs.coproduction.alwaysevents.workflow.Wording;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * A workflow definition as a JSON document: {@code schemaVersion}, {@code document}, {@code id},
 * {@code version}, {@code edition}, {@code phases}, {@code transitions} (each with its guards'
 * kinds and parameters) and {@code wording}. The same writer gives the canonical text the
 * fingerprint is taken from.
 */
public final class DefinitionDocument {

    /** The schema version read and written. */
    public static final int SCHEMA_VERSION = 1;
    /** The value of the {@code document} field. */
    public static final String DOCUMENT = "always-events-workflow";

    /**
     * The parts of a definition read from a document.
     *
     * @param id the id
     * @param version the version
     * @param edition the edition its wording comes from
     * @param phases the phases' wording
     * @param transitions the transitions with their guards
     * @param wording guard descriptions and reason messages
     */
    public record Parts(String id, String version, FrameworkEdition edition, List<PhaseDefinition> phases,
            List<Transition> transitions, Wording wording) {
    }

    private static final String STANDARD = "always-events-standard-workflow.json";

    private DefinitionDocument() {
    }

    /** The text of the bundled standard definition, which sits beside this class. */
    public static String standardText() {
        try (var in = DefinitionDocument.class.getResourceAsStream(STANDARD)) {
            if (in == null) {
                throw new IllegalStateException("the bundled workflow definition internal/" + STANDARD + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled workflow definition", e);
        }
    }

    /**
     * Reads a definition document; {@code what} names it in errors.
     *
     * @throws IllegalArgumentException naming the field of the first problem
     */
    public static Parts read(String json, GuardLibrary library, String what) {
        JsonNode root = BundledJson.parse(json, what);
        String where = what;
        if (!root.isObject()) {
            throw new IllegalArgumentException(where + ": a JSON object is required");
        }
        int schema = BundledJson.integer(root, "schemaVersion", where);
        if (schema != SCHEMA_VERSION) {
            throw new IllegalArgumentException(where + ".schemaVersion: this library reads version " + SCHEMA_VERSION
                    + ", not " + schema);
        }
        String document = BundledJson.text(root, "document", where);
        if (!DOCUMENT.equals(document)) {
            throw new IllegalArgumentException(where + ".document: must be " + DOCUMENT + ", not " + document);
        }
        JsonNode wordingNode = BundledJson.object(root, "wording", where);
        Wording wording = Wording.of(textMap(BundledJson.object(wordingNode, "guards", where + ".wording"),
                where + ".wording.guards"), textMap(BundledJson.object(wordingNode, "reasons", where + ".wording"),
                where + ".wording.reasons"));
        List<PhaseDefinition> phases = new ArrayList<>();
        List<JsonNode> phaseNodes = BundledJson.array(root, "phases", where);
        for (int i = 0; i < phaseNodes.size(); i++) {
            String at = where + ".phases[" + i + "]";
            JsonNode node = phaseNodes.get(i);
            phases.add(new PhaseDefinition(BundledJson.constant(node, "phase", Phase.class, at),
                    BundledJson.text(node, "name", at), BundledJson.text(node, "description", at)));
        }
        List<Transition> transitions = new ArrayList<>();
        List<JsonNode> transitionNodes = BundledJson.array(root, "transitions", where);
        for (int i = 0; i < transitionNodes.size(); i++) {
            String at = where + ".transitions[" + i + "]";
            JsonNode node = transitionNodes.get(i);
            List<Guard> guards = new ArrayList<>();
            List<JsonNode> guardNodes = BundledJson.array(node, "guards", at);
            for (int g = 0; g < guardNodes.size(); g++) {
                String guardAt = at + ".guards[" + g + "]";
                JsonNode guardNode = guardNodes.get(g);
                Map<String, String> parameters = new TreeMap<>();
                JsonNode parameterNode = guardNode.get("parameters");
                if (parameterNode != null && !parameterNode.isNull()) {
                    if (!parameterNode.isObject()) {
                        throw new IllegalArgumentException(guardAt + ".parameters: an object is required");
                    }
                    for (Map.Entry<String, JsonNode> entry : parameterNode.properties()) {
                        JsonNode value = entry.getValue();
                        if (!value.isString() && !value.isNumber()) {
                            throw new IllegalArgumentException(guardAt + ".parameters." + entry.getKey()
                                    + ": text or a number is required");
                        }
                        parameters.put(entry.getKey(), value.isString() ? value.asString() : value.numberValue().toString());
                    }
                }
                try {
                    guards.add(library.create(GuardSpec.of(BundledJson.text(guardNode, "kind", guardAt), parameters),
                            wording));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new IllegalArgumentException(guardAt + ": " + e.getMessage(), e);
                }
            }
            try {
                transitions.add(Transition.of(BundledJson.text(node, "id", at), BundledJson.text(node, "name", at),
                        BundledJson.constant(node, "from", Phase.class, at), BundledJson.constant(node, "to", Phase.class, at),
                        guards));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }
        return new Parts(BundledJson.text(root, "id", where), BundledJson.text(root, "version", where),
                BundledJson.edition(root, where), phases, transitions, wording);
    }

    /** The definition as a JSON document. */
    public static String write(WorkflowDefinition definition) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("document", DOCUMENT);
        root.put("id", definition.version().id());
        root.put("version", definition.version().version());
        BundledJson.writeEdition(root, definition.edition());
        writeContent(root, definition);
        return BundledJson.pretty(root);
    }

    /**
     * The canonical text of what the definition decides with: phases, transitions, guards and
     * wording, without id, version or edition. The fingerprint is taken from it.
     */
    public static String content(WorkflowDefinition definition) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        writeContent(root, definition);
        return BundledJson.MAPPER.writeValueAsString(root);
    }

    private static void writeContent(ObjectNode root, WorkflowDefinition definition) {
        ArrayNode phases = root.putArray("phases");
        for (PhaseDefinition phase : definition.phases()) {
            ObjectNode node = phases.addObject();
            node.put("phase", phase.phase().name());
            node.put("name", phase.name());
            node.put("description", phase.description());
        }
        ArrayNode transitions = root.putArray("transitions");
        for (Transition transition : definition.transitions()) {
            ObjectNode node = transitions.addObject();
            node.put("id", transition.id());
            node.put("name", transition.name());
            node.put("from", transition.from().name());
            node.put("to", transition.to().name());
            ArrayNode guards = node.putArray("guards");
            for (Guard guard : transition.guards()) {
                ObjectNode guardNode = guards.addObject();
                guardNode.put("kind", guard.spec().kind());
                if (!guard.spec().parameters().isEmpty()) {
                    ObjectNode parameters = guardNode.putObject("parameters");
                    guard.spec().parameters().forEach(parameters::put);
                }
            }
        }
        ObjectNode wording = root.putObject("wording");
        ObjectNode guards = wording.putObject("guards");
        definition.wording().guardDescriptions().forEach(guards::put);
        ObjectNode reasons = wording.putObject("reasons");
        definition.wording().reasonMessages().forEach(reasons::put);
    }

    private static Map<String, String> textMap(JsonNode node, String where) {
        Map<String, String> map = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isString() || entry.getValue().asString().isBlank()) {
                throw new IllegalArgumentException(where + "." + entry.getKey() + ": text is required");
            }
            map.put(entry.getKey(), entry.getValue().asString());
        }
        return map;
    }
}
