package uk.nhs.coproduction.catalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Resource;

/** The shipped JSON Schema accepts every catalogue the library writes and rejects what it rejects. */
class JsonSchemaPropertiesTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(CatalogJson.schema());

    private static List<?> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void theBundledNationalCatalogueMeetsTheSchema() {
        assertThat(errors(CatalogJson.write(CatalogJson.national()))).isEmpty();
    }

    @Property(tries = 80, edgeCases = EdgeCasesMode.NONE)
    void everyCatalogueWrittenMeetsTheSchema(@ForAll("catalogues") List<Resource> resources) {
        String json = CatalogJson.write(new CatalogRelease(CatalogInfo.of("local", "Ours", "1"), resources, List.of()));
        assertThat(errors(json)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        String valid = CatalogJson.write(CatalogJson.national());
        assertThat(errors(valid.replace("\"kind\" : \"toolkit\"", "\"kind\" : \"pamphlet\""))).isNotEmpty();
        assertThat(errors(valid.replace("\"id\" : \"nhse:coproduction-model\"", "\"id\" : \"Not An Id\"")))
                .isNotEmpty();
        assertThat(errors(valid.replace("\"status\" : \"published\"",
                "\"status\" : \"withdrawn\""))).as("withdrawn without a reason").isNotEmpty();
        assertThat(errors(valid.replace("\"issued\" : \"2016-12\"", "\"issued\" : \"December 2016\"")))
                .isNotEmpty();
        assertThat(errors(valid.replace("\"title\" : \"Co-production postcards\"", "\"titel\" : \"x\"")))
                .isNotEmpty();
    }

    @Provide
    Arbitrary<List<Resource>> catalogues() {
        return ResourceArbitraries.catalogues("local");
    }
}
