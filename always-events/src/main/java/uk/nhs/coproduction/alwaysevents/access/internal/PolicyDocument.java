package uk.nhs.coproduction.alwaysevents.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.access.AccessPolicy;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.access.RoleDefinition;
import uk.nhs.coproduction.alwaysevents.internal.BundledJson;

/**
 * An access policy as a JSON document: {@code schemaVersion}, {@code document}, {@code id},
 * {@code version}, {@code roles} (each with its {@code role} constant, {@code name},
 * {@code description} and {@code commands}) and {@code wording.reasons}. Every problem names the
 * field, such as {@code access policy.roles[2].commands[0]}.
 */
public final class PolicyDocument {

    /** The schema version read and written. */
    public static final int SCHEMA_VERSION = 1;
    /** The value of the {@code document} field. */
    public static final String DOCUMENT = "always-events-access-policy";

    private static final String BUNDLED = "always-events-standard-access-policy.json";

    /**
     * The parts of a policy read from a document.
     *
     * @param id the id
     * @param version the version
     * @param roles the role definitions, in document order
     * @param reasonMessages reason messages by code
     */
    public record Parts(String id, String version, List<RoleDefinition> roles, Map<String, String> reasonMessages) {
    }

    private PolicyDocument() {
    }

    /** The text of the bundled policy, which sits beside this class. */
    public static String bundledText() {
        try (var in = PolicyDocument.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled access policy internal/" + BUNDLED + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled access policy", e);
        }
    }

    /**
     * Reads a policy document; {@code what} names it in errors.
     *
     * @throws IllegalArgumentException naming the field of the first problem
     */
    public static Parts read(String json, String what) {
        JsonNode root = BundledJson.parse(json, what);
        if (!root.isObject()) {
            throw new IllegalArgumentException(what + ": a JSON object is required");
        }
        int schema = BundledJson.integer(root, "schemaVersion", what);
        if (schema != SCHEMA_VERSION) {
            throw new IllegalArgumentException(what + ".schemaVersion: this library reads version " + SCHEMA_VERSION
                    + ", not " + schema);
        }
        String document = BundledJson.text(root, "document", what);
        if (!DOCUMENT.equals(document)) {
            throw new IllegalArgumentException(what + ".document: must be " + DOCUMENT + ", not " + document);
        }
        List<RoleDefinition> roles = new ArrayList<>();
        List<JsonNode> roleNodes = BundledJson.array(root, "roles", what);
        for (int i = 0; i < roleNodes.size(); i++) {
            String at = what + ".roles[" + i + "]";
            JsonNode node = roleNodes.get(i);
            if (!node.isObject()) {
                throw new IllegalArgumentException(at + ": an object is required");
            }
            ProjectRole role = BundledJson.constant(node, "role", ProjectRole.class, at);
            TreeSet<String> commands = new TreeSet<>();
            List<JsonNode> commandNodes = BundledJson.array(node, "commands", at);
            for (int c = 0; c < commandNodes.size(); c++) {
                String commandAt = at + ".commands[" + c + "]";
                JsonNode command = commandNodes.get(c);
                if (!command.isString()) {
                    throw new IllegalArgumentException(commandAt + ": a command's name is required");
                }
                String commandName = command.asString();
                if (!CommandNames.all().contains(commandName)) {
                    throw new IllegalArgumentException(commandAt + ": '" + commandName + "' is not a command; the commands are "
                            + CommandNames.all());
                }
                if (!commands.add(commandName)) {
                    throw new IllegalArgumentException(commandAt + ": '" + commandName + "' is listed twice");
                }
            }
            String name = BundledJson.text(node, "name", at);
            String description = BundledJson.text(node, "description", at);
            try {
                roles.add(new RoleDefinition(role, name, description, commands));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }
        JsonNode wording = BundledJson.object(root, "wording", what);
        JsonNode reasons = BundledJson.object(wording, "reasons", what + ".wording");
        Map<String, String> messages = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : reasons.properties()) {
            if (!entry.getValue().isString() || entry.getValue().asString().isBlank()) {
                throw new IllegalArgumentException(what + ".wording.reasons." + entry.getKey() + ": text is required");
            }
            messages.put(entry.getKey(), entry.getValue().asString());
        }
        return new Parts(BundledJson.text(root, "id", what), BundledJson.text(root, "version", what), roles, messages);
    }

    /** The policy as a JSON document, in the form {@link #read} reads. */
    public static String write(AccessPolicy policy) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("document", DOCUMENT);
        root.put("id", policy.id());
        root.put("version", policy.version());
        ArrayNode roles = root.putArray("roles");
        for (RoleDefinition definition : policy.roles()) {
            ObjectNode node = roles.addObject();
            node.put("role", definition.role().name());
            node.put("name", definition.name());
            node.put("description", definition.description());
            ArrayNode commands = node.putArray("commands");
            definition.commands().forEach(commands::add);
        }
        ObjectNode reasons = root.putObject("wording").putObject("reasons");
        policy.reasonMessages().forEach(reasons::put);
        return BundledJson.pretty(root);
    }
}
