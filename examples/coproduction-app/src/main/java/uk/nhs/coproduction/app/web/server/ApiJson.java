package uk.nhs.coproduction.app.web.server;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API's one Jackson mapper. It is made the first time the API answers, so pages that
 * need no JSON never pay for it.
 */
public final class ApiJson {

    /** The mapper: thread-safe once built. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ApiJson() {
    }

    /** A JSON tree as pretty-printed text ending with a new line. */
    public static String write(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }
}
