package uk.nhs.coproduction.catalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.catalog.Fixtures;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.AccessibilityFeature;
import uk.nhs.coproduction.catalog.resource.Alternative;
import uk.nhs.coproduction.catalog.resource.AlternativeKind;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.ControlledTerm;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.PartialDate;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceField;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Status;

/** JSON-LD per item, the DCAT feed, and the JSON Schema agree with the model. */
class PublishingFormatsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Resource easyRead = Fixtures.resource("film-easy-read", "Our film in Easy Read", "Easy words.")
            .build();
    private final Resource film = Fixtures.resource("film", "Co-design <in> practice", "A film & more.")
            .kind(Kind.FILM).audiences(Set.of(Audience.STAFF)).issued(PartialDate.parse("2016-12"))
            .landingPage(URI.create("https://example.org/film"))
            .formats(List.of(Format.of("video/mp4").withUrl(URI.create("https://example.org/film.mp4"))
                    .withDuration(Duration.ofMinutes(4)).withByteSize(1_234_567L)
                    .withAccessibilityFeatures(List.of(AccessibilityFeature.CAPTIONS))))
            .alternatives(List.of(Alternative.of(AlternativeKind.EASY_READ, easyRead.id())))
            .build();
    private final Resource withdrawn = Fixtures.resource("old", "Old guide", "Old.").status(Status.WITHDRAWN)
            .withdrawalReason("Out of date.").replacedBy(ResourceId.parse("test:film")).build();
    private final CatalogSnapshot snapshot = Fixtures.snapshot(film, easyRead, withdrawn);

    @Test
    void jsonLdTypesAFilmAsVideoObjectAndLearningResource() throws Exception {
        String text = JsonLd.item(snapshot, film, URI.create("https://intranet.example/resources/film"));
        assertThat(text).doesNotContain("<in>").contains("\\u003cin\\u003e").contains("\\u0026");
        JsonNode node = MAPPER.readTree(text);
        assertThat(node.get("@context").stringValue()).isEqualTo("https://schema.org");
        assertThat(node.get("@type").toString()).isEqualTo("[\"VideoObject\",\"LearningResource\"]");
        assertThat(node.get("@id").stringValue()).isEqualTo("https://intranet.example/resources/film");
        assertThat(node.get("name").stringValue()).isEqualTo("Co-design <in> practice");
        assertThat(node.get("datePublished").stringValue()).isEqualTo("2016-12");
        assertThat(node.get("duration").stringValue()).isEqualTo("PT4M");
        assertThat(node.get("learningResourceType").stringValue()).isEqualTo("video");
        assertThat(node.get("accessibilityFeature").toString()).isEqualTo("[\"captions\"]");
        assertThat(node.get("workExample").get(0).get("name").stringValue()).isEqualTo("Our film in Easy Read");
        assertThat(node.get("workExample").get(0).get("additionalType").stringValue()).isEqualTo("easyRead");
        assertThat(node.has("thumbnailUrl")).as("never invented").isFalse();
    }

    @Test
    void jsonLdTypesAGuideAsDigitalDocument() throws Exception {
        JsonNode node = MAPPER.readTree(JsonLd.item(snapshot, easyRead));
        assertThat(node.get("@type").toString()).isEqualTo("[\"DigitalDocument\",\"LearningResource\"]");
        assertThat(node.has("@id")).isFalse();
    }

    @Test
    void dcatFeedListsEveryVisibleResourceWithItsStatus() throws Exception {
        JsonNode feed = MAPPER.readTree(DcatFeed.write(snapshot, null));
        assertThat(feed.get("@type").stringValue()).isEqualTo("dcat:Catalog");
        JsonNode resources = feed.get("dcat:resource");
        assertThat(resources.size()).isEqualTo(3);
        JsonNode old = resources.get(2);
        assertThat(old.get("adms:status").get("@id").stringValue()).isEqualTo("http://purl.org/adms/status/Withdrawn");
        assertThat(old.get("dct:isReplacedBy").stringValue()).isEqualTo("test:film");
        JsonNode distribution = resources.get(0).get("dcat:distribution").get(0);
        assertThat(distribution.get("dcat:byteSize").longValue()).isEqualTo(1_234_567L);
        assertThat(distribution.get("dcat:downloadURL").get("@id").stringValue())
                .isEqualTo("https://example.org/film.mp4");
        assertThat(resources.get(0).get("dct:type").stringValue()).isEqualTo("dctype:MovingImage");
    }

    @Test
    void dcatFeedOfTheNationalCatalogueCarriesItsVersionAndNotes() throws Exception {
        CatalogRelease national = CatalogJson.national();
        JsonNode feed = MAPPER.readTree(DcatFeed.write(CatalogSnapshot.of(national, VocabulariesJson.bundled()), national.changelog().get(0)));
        assertThat(feed.get("dcat:version").stringValue()).isEqualTo("nhse 1.0.0");
        assertThat(feed.get("adms:versionNotes").stringValue()).startsWith("First release");
        assertThat(feed.get("dcat:resource").size()).isEqualTo(national.resources().size());
    }

    @Test
    void jsonLdGraphHoldsEveryVisibleResource() throws Exception {
        JsonNode graph = MAPPER.readTree(JsonLd.graph(snapshot));
        assertThat(graph.get("@graph").size()).isEqualTo(3);
        assertThat(graph.get("@graph").get(0).has("@context")).isFalse();
    }

    @Test
    void searchResultsAsJsonCarryHighlightsFacetsAndLinkLabels() throws Exception {
        Resource pdf = Fixtures.resource("pdf", "Postcards to print", "Print them.")
                .formats(List.of(Format.of(Format.PDF).withUrl(URI.create("https://example.org/p.pdf"))
                        .withByteSize(558_080L))).build();
        CatalogSnapshot withPdf = Fixtures.snapshot(pdf, film);
        uk.nhs.coproduction.catalog.search.SearchResult result = withPdf.search(
                uk.nhs.coproduction.catalog.search.Query.text("postcards")
                        .withFilter(uk.nhs.coproduction.catalog.search.Facet.KIND, "guide"));
        JsonNode json = MAPPER.readTree(SearchResultJson.write(result, withPdf.vocabularies()));
        assertThat(json.get("total").intValue()).isEqualTo(1);
        assertThat(json.get("query").get("filters").get("kind").toString()).isEqualTo("[\"guide\"]");
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("resource").get("id").stringValue()).isEqualTo("test:pdf");
        assertThat(item.get("title").get(0).get("text").stringValue()).isEqualTo("Postcards");
        assertThat(item.get("title").get(0).get("highlighted").booleanValue()).isTrue();
        assertThat(item.get("links").get(0).get("label").stringValue()).isEqualTo("(PDF only, 545KB)");
        assertThat(json.get("facets").get("kind").get(0).get("selected").booleanValue()).isTrue();
        assertThat(json.get("appliedFilters").get(0).get("label").stringValue()).isEqualTo("Guide");
    }

    @Test
    void theJsonSchemaDescribesEveryFieldAndVocabulary() throws Exception {
        JsonNode schema = MAPPER.readTree(CatalogJson.schema());
        JsonNode defs = schema.get("$defs");
        JsonNode resource = defs.get("resource");
        Set<String> properties = new HashSet<>(resource.get("properties").propertyNames());
        Set<String> fields = new HashSet<>();
        for (ResourceField field : ResourceField.values()) {
            fields.add(field.wireName());
        }
        assertThat(properties).isEqualTo(fields);
        assertThat(enumOf(defs.get("kind"))).isEqualTo(codes(Kind.values()));
        assertThat(enumOf(defs.get("audience"))).isEqualTo(codes(Audience.values()));
        assertThat(enumOf(defs.get("status"))).isEqualTo(codes(Status.values()));
        assertThat(enumOf(defs.get("accessibilityFeature"))).isEqualTo(codes(AccessibilityFeature.values()));
        assertThat(enumOf(defs.get("alternativeKind"))).isEqualTo(codes(AlternativeKind.values()));
        assertThat(defs.get("resource").get("properties").get("summary").get("allOf").get(1).get("maxLength").intValue())
                .isEqualTo(Resource.MAX_SUMMARY_LENGTH);
        Set<String> formatProperties = new HashSet<>(defs.get("format").get("properties").propertyNames());
        JsonNode written = MAPPER.readTree(CatalogJson.write(Fixtures.release(film)));
        assertThat(formatProperties).containsAll(written.get("resources").get(0).get("formats").get(0).propertyNames());
    }

    private static Set<String> enumOf(JsonNode node) {
        Set<String> values = new HashSet<>();
        node.get("enum").forEach(v -> values.add(v.stringValue()));
        return values;
    }

    private static Set<String> codes(ControlledTerm[] terms) {
        List<String> codes = new ArrayList<>();
        for (ControlledTerm term : terms) {
            codes.add(term.code());
        }
        return new HashSet<>(codes);
    }
}
