package uk.nhs.coproduction.app.web.server;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API's one Jackson mapper. It is made the first time the API answers, so pages that
 * need no JSON never pay for it.
 */
public final class ApiJson {

    /**
     * The mapper: thread-safe once built. Numbers with a fraction or exponent are read exactly (as
     * BigDecimal), never rounded to a double, so {@code 1e400} is a number too large for its field,
     * not infinity, and {@code 5.00000000000000000001} is not taken for 5.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private ApiJson() {
    }

    /** A JSON tree as pretty-printed text ending with a new line. */
    public static String write(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }
}
