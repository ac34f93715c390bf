package uk.nhs.coproduction.catalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/** Imports check every row, report every error where it is, and import nothing if any is wrong. */
class ImportErrorsTest {

    private static final Vocabularies V = VocabulariesJson.bundled();
    private static final String HEADER = "id,title,summary,kind,audiences,topics,status,withdrawalReason,"
            + "formatMediaTypes,formatByteSizes,issued\n";

    private static List<ImportError> errors(ImportResult<?> result) {
        assertThat(result).isInstanceOf(ImportResult.Refused.class);
        return ((ImportResult.Refused<?>) result).problems();
    }

    @Test
    void csvReportsEveryErrorWithRowAndColumn() {
        String csv = HEADER
                + "local:good,Good,Fine.,guide,staff,co-production,,,,,2020\n"
                + "local:bad-kind,Bad kind,Fine.,pamphlet,staff,,,,,,\n"
                + "Local Bad,,Fine.,guide,nurses|staff,made-up-topic,withdrawn,,application/pdf,-4,2020-13\n"
                + "local:sizes,Sizes,Fine.,guide,,,,,application/pdf|text/html,12,\n";
        List<ImportError> errors = errors(CatalogCsv.read(csv, V));
        assertThat(errors).extracting(ImportError::row, ImportError::column).contains(
                org.assertj.core.groups.Tuple.tuple(3, "kind"),
                org.assertj.core.groups.Tuple.tuple(4, "id"),
                org.assertj.core.groups.Tuple.tuple(4, "title"),
                org.assertj.core.groups.Tuple.tuple(4, "audiences"),
                org.assertj.core.groups.Tuple.tuple(4, "topics"),
                org.assertj.core.groups.Tuple.tuple(4, "formatByteSizes"),
                org.assertj.core.groups.Tuple.tuple(4, "issued"),
                org.assertj.core.groups.Tuple.tuple(4, "withdrawalReason"),
                org.assertj.core.groups.Tuple.tuple(5, "formatByteSizes"));
        assertThat(errors).noneMatch(e -> e.row() == 2);
        assertThat(errors.stream().filter(e -> e.column().equals("kind")).findFirst().orElseThrow().message())
                .contains("'pamphlet' is not a kind").contains("literature-review");
        assertThat(errors.get(0).toString()).startsWith("row 3, column kind: ");
    }

    @Test
    void csvRejectsDuplicateIdsAndSlugsAcrossRows() {
        String csv = HEADER + "local:a,A,Fine.,guide,,,,,,,\nlocal:a,A again,Fine.,guide,,,,,,,\n";
        assertThat(errors(CatalogCsv.read(csv, V))).extracting(ImportError::row, ImportError::column, ImportError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "id",
                        "'local:a' is already used by row 2; ids are unique and never reused"));
        String slugs = "id,slug,title,summary,kind\nlocal:a,same,A,Fine.,guide\nlocal:b,same,B,Fine.,guide\n";
        assertThat(errors(CatalogCsv.read(slugs, V))).extracting(ImportError::row, ImportError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "slug"));
    }

    @Test
    void csvRejectsUnknownAndMissingColumnsUpFront() {
        List<ImportError> errors = errors(CatalogCsv.read("id,title,colour\nlocal:a,A,red\n", V));
        assertThat(errors).extracting(ImportError::row, ImportError::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, "colour"), org.assertj.core.groups.Tuple.tuple(1, "summary"),
                org.assertj.core.groups.Tuple.tuple(1, "kind"));
    }

    @Test
    void csvChecksTheNamespaceWhenGiven() {
        String csv = HEADER + "other:a,A,Fine.,guide,,,,,,,\n";
        assertThat(errors(CatalogCsv.read(new java.io.StringReader(csv), V, "local")))
                .extracting(ImportError::message).containsExactly("'other:a' is outside this catalogue's namespace 'local'");
    }

    @Test
    void csvAcceptsAnExcelByteOrderMarkAndSkipsBlankRows() {
        String csv = "\uFEFF" + HEADER + "local:a,A,Fine.,guide,,,,,,,\n,,,,,,,,,,\n";
        assertThat(CatalogCsv.read(csv, V).orElseThrow()).hasSize(1);
    }

    @Test
    void csvSyntaxErrorsAreReportedNotThrown() {
        assertThat(errors(CatalogCsv.read(HEADER + "local:a,\"unclosed,Fine.,guide\n", V))).isNotEmpty();
    }

    @Test
    void jsonReportsEveryErrorWithPositionAndPropertyPath() {
        String json = """
                {"catalogue": {"namespace": "local", "title": "Ours", "version": "1"},
                 "resources": [
                   {"id": "local:ok", "title": "Fine", "summary": "Fine.", "kind": "guide"},
                   {"id": "local:bad", "title": 42, "summary": "Fine.", "kind": "guide", "colour": "red",
                    "formats": [{"mediaType": "application/pdf", "byteSize": "big"}, {"url": "ftp://x"}]},
                   {"id": "nhse:foreign", "title": "Foreign", "summary": "Fine.", "kind": "guide",
                    "status": "withdrawn"}
                 ]}
                """;
        List<ImportError> errors = errors(CatalogJson.read(json, V));
        assertThat(errors).extracting(ImportError::row, ImportError::column).contains(
                org.assertj.core.groups.Tuple.tuple(2, "title"),
                org.assertj.core.groups.Tuple.tuple(2, "colour"),
                org.assertj.core.groups.Tuple.tuple(2, "formats[1].byteSize"),
                org.assertj.core.groups.Tuple.tuple(2, "formats[2].url"),
                org.assertj.core.groups.Tuple.tuple(2, "formats[2].mediaType"),
                org.assertj.core.groups.Tuple.tuple(3, "withdrawalReason"));
        assertThat(errors).noneMatch(e -> e.row() == 1);
    }

    @Test
    void jsonSyntaxErrorsGiveTheLine() {
        List<ImportError> errors = errors(CatalogJson.read("{\n\"catalogue\": {,\n}", V));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("(JSON syntax)");
            assertThat(e.message()).contains("line 2");
        });
    }

    @Test
    void jsonChecksTheCatalogueNamespace() {
        String json = """
                {"catalogue": {"namespace": "local", "title": "Ours", "version": "1"},
                 "resources": [{"id": "nhse:x", "title": "X", "summary": "Fine.", "kind": "guide"}]}
                """;
        assertThat(errors(CatalogJson.read(json, V))).extracting(ImportError::row, ImportError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "id"));
    }

    @Test
    void aValidFileImportsEverything() {
        String json = CatalogJson.write(CatalogJson.national());
        assertThat(CatalogJson.read(json, V).orElseThrow()).isEqualTo(CatalogJson.national());
    }
}
