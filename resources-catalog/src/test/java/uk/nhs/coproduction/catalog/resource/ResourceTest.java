package uk.nhs.coproduction.catalog.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.catalog.Fixtures;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;

class ResourceTest {

    @Test
    void idsAreNamespacedAndChecked() {
        ResourceId id = ResourceId.parse("nhse:coproduction-introduction");
        assertThat(id.namespace()).isEqualTo("nhse");
        assertThat(id.local()).isEqualTo("coproduction-introduction");
        assertThat(id).hasToString("nhse:coproduction-introduction");
        assertThatThrownBy(() -> ResourceId.parse("no-namespace")).hasMessageContaining("namespace:local");
        assertThatThrownBy(() -> ResourceId.parse("NHSE:x")).hasMessageContaining("namespace");
        assertThat(ResourceId.tryParse("nhse:Bad Id")).isEmpty();
    }

    @Test
    void theSlugDefaultsToTheLocalIdAndFormerSlugsStayFindable() {
        Resource r = Fixtures.resource("pdsa-guide", "PDSA", "Cycles.").formerSlugs(List.of("old-pdsa")).build();
        assertThat(r.slug()).isEqualTo("pdsa-guide");
        assertThat(Fixtures.snapshot(r).findBySlug("old-pdsa")).contains(r);
        assertThat(Fixtures.snapshot(r).findBySlug("pdsa-guide")).contains(r);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        ResourceValidation validation = Resource.builder(ResourceId.parse("test:x")).slug("Bad Slug")
                .summary("x".repeat(Resource.MAX_SUMMARY_LENGTH + 1)).language("not a tag")
                .landingPage(URI.create("ftp://example.org")).status(Status.WITHDRAWN).validate();
        assertThat(validation).isInstanceOf(ResourceValidation.Refused.class);
        assertThat(((ResourceValidation.Refused) validation).problems()).extracting(Violation::field)
                .containsExactly(ResourceField.SLUG, ResourceField.TITLE, ResourceField.SUMMARY, ResourceField.KIND,
                        ResourceField.LANGUAGE, ResourceField.LANDING_PAGE, ResourceField.WITHDRAWAL_REASON);
        assertThat(((ResourceValidation.Refused) validation).problems().get(2).message())
                .isEqualTo("must be at most 300 characters, was 301");
    }

    @Test
    void aValidationSaysAcceptedOrRefusedLikeEveryResult() {
        ResourceValidation accepted = Fixtures.resource("x", "T", "S.").validate();
        ResourceValidation refused = Fixtures.resource("x", "", "S.").validate();

        assertThat(accepted.isAccepted()).isTrue();
        assertThat(accepted.problems()).isEmpty();
        assertThat(accepted.orElseThrow()).isEqualTo(((ResourceValidation.Accepted) accepted).value());
        assertThat(accepted.orElseThrow(problems -> new AssertionError(problems)).id().local()).isEqualTo("x");
        assertThat(refused.isAccepted()).isFalse();
        assertThat(refused.problems()).extracting(Violation::field).containsExactly(ResourceField.TITLE);
        assertThatThrownBy(refused::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The resource was refused (1 problem):\n  " + refused.problems().get(0));
        assertThatThrownBy(() -> refused.orElseThrow(problems -> new IllegalArgumentException("bad: " + problems)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad: " + refused.problems());
        assertThatThrownBy(() -> new ResourceValidation.Refused(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSummaryIsOneLineOfPlainText() {
        assertThat(Fixtures.resource("x", "T", "Line one.\nLine two.").validate())
                .isInstanceOf(ResourceValidation.Refused.class);
        assertThat(Fixtures.resource("x", "T", "x".repeat(Resource.MAX_SUMMARY_LENGTH)).validate())
                .isInstanceOf(ResourceValidation.Accepted.class);
    }

    @Test
    void lifecycleRules() {
        Resource published = Fixtures.resource("x", "T", "S.").build();
        ResourceId successor = ResourceId.parse("test:y");

        Resource deprecated = published.deprecate(successor);
        assertThat(deprecated.status()).isEqualTo(Status.DEPRECATED);
        assertThat(deprecated.replacedBy()).isEqualTo(successor);
        assertThat(deprecated.publish().replacedBy()).isNull();

        Resource withdrawn = deprecated.withdraw("Superseded by the 2024 edition.");
        assertThat(withdrawn.isWithdrawn()).isTrue();
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Superseded by the 2024 edition.");
        assertThat(withdrawn.replacedBy()).isEqualTo(successor);
        assertThatThrownBy(withdrawn::publish).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never reused");
        assertThatThrownBy(() -> published.withdraw(" ")).hasMessageContaining("says why");

        assertThatThrownBy(() -> published.toBuilder().replacedBy(successor).build())
                .hasMessageContaining("only a deprecated or withdrawn resource is replaced");
        assertThatThrownBy(() -> published.toBuilder().withdrawalReason("Why").build())
                .hasMessageContaining("only a withdrawn resource has a withdrawal reason");
        assertThatThrownBy(() -> published.toBuilder().replaces(List.of(published.id())).build())
                .hasMessageContaining("does not replace itself");
    }

    @Test
    void partialDatesKeepTheirPrecisionAndOrder() {
        assertThat(PartialDate.parse("2016-12")).hasToString("2016-12");
        assertThat(PartialDate.parse("2016-12").end()).hasToString("2016-12-31");
        assertThat(PartialDate.parse("2018")).isLessThan(PartialDate.parse("2018-01-01"));
        assertThat(PartialDate.parse("2018-02")).isGreaterThan(PartialDate.parse("2018"));
        assertThatThrownBy(() -> PartialDate.parse("2016-13")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> PartialDate.parse("Dec 2016")).hasMessageContaining("yyyy");
    }

    @Test
    void pdfOnlyMeansEveryFormatIsPdf() {
        assertThat(Fixtures.resource("x", "T", "S.").formats(List.of(Format.of(Format.PDF))).build().isPdfOnly())
                .isTrue();
        assertThat(Fixtures.resource("x", "T", "S.").formats(List.of(Format.of(Format.PDF), Format.of(Format.HTML)))
                .build().isPdfOnly()).isFalse();
        assertThat(Fixtures.resource("x", "T", "S.").build().isPdfOnly()).isFalse();
    }

    @Test
    void formatsRejectBadValuesByName() {
        assertThatThrownBy(() -> Format.of("PDF")).hasMessageContaining("mediaType");
        assertThatThrownBy(() -> Format.of(Format.PDF).withByteSize(0L)).hasMessageContaining("byteSize");
        assertThatThrownBy(() -> Format.of(Format.PDF).withUrl(URI.create("/relative")))
                .hasMessageContaining("url must be an absolute http or https address");
    }

    @Test
    void vocabulariesLabelEveryTermAndMarkEasyReadAsLocal() {
        Vocabularies v = VocabulariesJson.bundled();
        assertThat(v.version()).isEqualTo("1.0.0");
        assertThat(v.label(Kind.LITERATURE_REVIEW)).isEqualTo("Literature review");
        assertThat(v.label(AlternativeKind.EASY_READ)).isEqualTo("Easy Read");
        assertThat(v.term(AlternativeKind.EASY_READ).definition()).contains("Local term");
        assertThat(v.mapping(Kind.FILM).schemaType()).isEqualTo("VideoObject");
        assertThat(v.label(Topic.of("always-events"))).isEqualTo("Always Events®");
        assertThat(v.label(Topic.of("not-in-data"))).isEqualTo("Not in data");
        assertThat(v.formatGroup("video/webm").label()).isEqualTo("Video");
        assertThat(v.formatGroup("application/zip").label()).isEqualTo("ZIP");
        assertThat(ControlledTerm.byCode(Kind.class, "case-study")).contains(Kind.CASE_STUDY);
    }

    @Test
    void toStringHoldsNoMoreThanIdStatusAndTitle() {
        assertThat(Fixtures.resource("x", "Title", "Summary.").build())
                .hasToString("Resource[test:x, published, \"Title\"]");
    }
}
