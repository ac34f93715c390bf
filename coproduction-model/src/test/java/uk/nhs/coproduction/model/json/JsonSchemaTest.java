package uk.nhs.coproduction.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.partner.CommunityGroup;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.Contribution;
import uk.nhs.coproduction.model.partnership.DecisionMaking;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.Practice;
import uk.nhs.coproduction.model.partnership.Stage;
import uk.nhs.coproduction.model.partnership.Support;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;
import uk.nhs.coproduction.model.testing.Samples;

/** The shipped JSON Schema files describe exactly the documents the library reads and writes. */
class JsonSchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final CoproductionJson json = CoproductionJson.standard();

    private static List<Error> validate(DocumentType<?> type, String document) {
        Schema schema = REGISTRY.getSchema(type.jsonSchema().orElseThrow());
        return schema.validate(document, InputFormat.JSON);
    }

    static Stream<Arguments> documents() throws IOException {
        Frameworks bundled = Frameworks.bundled();
        CoproductionJson json = CoproductionJson.standard();
        return Stream.of(
                Arguments.of(DocumentType.PARTNERSHIP, Golden.read("partnership-calm-at-night.json")),
                Arguments.of(DocumentType.PARTNERSHIP, Golden.read("partnership-minimal.json")),
                Arguments.of(DocumentType.PARTNERSHIP, Golden.read("partnership-hand-written.json")),
                Arguments.of(DocumentType.PARTNERSHIP, json.write(DocumentType.PARTNERSHIP, withEverySource())),
                Arguments.of(DocumentType.COPRODUCTION_MODEL,
                        json.write(DocumentType.COPRODUCTION_MODEL, bundled.coproductionModel())),
                Arguments.of(DocumentType.LADDER_OF_PARTICIPATION,
                        json.write(DocumentType.LADDER_OF_PARTICIPATION, bundled.ladder())),
                Arguments.of(DocumentType.STATUTORY_GUIDANCE,
                        json.write(DocumentType.STATUTORY_GUIDANCE, bundled.statutoryGuidance())),
                Arguments.of(DocumentType.PPV_PARTNER_POLICY,
                        json.write(DocumentType.PPV_PARTNER_POLICY, bundled.ppvPartnerPolicy())),
                Arguments.of(DocumentType.ALIGNMENT_MODEL,
                        json.write(DocumentType.ALIGNMENT_MODEL, bundled.alignmentModel())));
    }

    /** The minimal partnership with a record of what matters from every source. */
    private static Partnership withEverySource() {
        Partnership partnership = Samples.minimal();
        for (WhatMattersSource source : WhatMattersSource.values()) {
            partnership = partnership.withWhatMatters(new WhatMatters(Samples.START, "Sleep", source,
                    source == WhatMattersSource.PARTNERS ? Set.of(Samples.id("P-01")) : Set.of()));
        }
        return partnership;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyDocumentTheLibraryWritesOrShipsMeetsItsSchema(DocumentType<?> type, String document) {
        assertThat(validate(type, document)).isEmpty();
    }

    @Test
    void theSchemasRejectWhatTheLibraryRejects() {
        String valid = json.write(DocumentType.PARTNERSHIP, Samples.minimal());

        assertThat(validate(DocumentType.PARTNERSHIP, valid.replace("\"PATIENT\"", "\"DOCTOR\""))).isNotEmpty();
        assertThat(validate(DocumentType.PARTNERSHIP, valid.replace("\"P-01\"", "\"9434765919\""))).isNotEmpty();
        assertThat(validate(DocumentType.PARTNERSHIP, valid.replace("\"title\"", "\"titel\""))).isNotEmpty();
        assertThat(validate(DocumentType.PARTNERSHIP, valid.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
                .isNotEmpty();
        String ladder = json.write(DocumentType.LADDER_OF_PARTICIPATION, Frameworks.bundled().ladder());
        assertThat(validate(DocumentType.LADDER_OF_PARTICIPATION, ladder.replace("\"meaning\"", "\"means\"")))
                .isNotEmpty();
        assertThat(validate(DocumentType.LADDER_OF_PARTICIPATION,
                ladder.replace("\"document\": \"ladder-of-participation\"", "\"document\": \"alignment-model\"")))
                .isNotEmpty();
    }

    @Test
    void theSchemasListExactlyTheJavaVocabularies() {
        JsonNode partnership = MAPPER.readTree(DocumentType.PARTNERSHIP.jsonSchema().orElseThrow());
        JsonNode defs = partnership.get("$defs");

        assertThat(enumAt(defs.at("/partner/properties/roles/items/enum"))).isEqualTo(names(Role.values()));
        assertThat(enumAt(defs.at("/stage/enum"))).isEqualTo(names(Stage.values()));
        assertThat(enumAt(defs.at("/decision/properties/how/enum"))).isEqualTo(names(DecisionMaking.values()));
        assertThat(enumAt(defs.at("/whatMatters/properties/source/enum"))).isEqualTo(names(WhatMattersSource.values()));
        assertThat(enumAt(defs.at("/reciprocity/properties/gives/items/enum"))).isEqualTo(names(Contribution.values()));
        assertThat(enumAt(defs.at("/reciprocity/properties/receives/items/enum"))).isEqualTo(names(Support.values()));
        assertThat(enumAt(defs.at("/partner/properties/communityInformation/properties/groups/items/enum")))
                .isEqualTo(names(CommunityGroup.values()));
        assertThat(enumAt(partnership.at("/properties/practices/items/enum"))).isEqualTo(names(Practice.values()));
    }

    private static Set<String> enumAt(JsonNode node) {
        assertThat(node.isArray()).as("an enum list in the schema").isTrue();
        return node.values().stream().map(JsonNode::stringValue).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
