package uk.nhs.coproduction.catalog.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.nhs.coproduction.catalog.Fixtures;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

class LinkLabelTest {

    private static final Vocabularies V = VocabulariesJson.bundled();

    private static Resource with(Format... formats) {
        return Fixtures.resource("r", "R", "R.").formats(List.of(formats)).build();
    }

    @Test
    void aPdfOnlyResourceSaysPdfOnlyWithSizeAndPages() {
        Format pdf = Format.of(Format.PDF).withByteSize(1_289_748L).withPageCount(12);
        assertThat(LinkLabel.of(with(pdf), pdf, V)).map(LinkLabel::text).contains("(PDF only, 1.23MB, 12 pages)");
    }

    @Test
    void aPdfBesideAWebPageIsJustPdf() {
        Format pdf = Format.of(Format.PDF).withByteSize(558_080L).withPageCount(1);
        Resource both = with(Format.of(Format.HTML), pdf);
        assertThat(LinkLabel.of(both, pdf, V)).map(LinkLabel::text).contains("(PDF, 545KB, 1 page)");
    }

    @Test
    void aWebPageNeedsNoLabel() {
        Format html = Format.of(Format.HTML);
        assertThat(LinkLabel.of(with(html), html, V)).isEmpty();
    }

    @Test
    void unknownPartsAreLeftOutAndFilmsGiveTheirLength() {
        Format video = Format.of("video/mp4").withDuration(Duration.ofSeconds(3 * 60 + 5));
        assertThat(LinkLabel.of(with(video), video, V)).map(LinkLabel::text).contains("(Video, 4 minutes)");
        Format word = Format.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(LinkLabel.of(with(word), word, V)).map(LinkLabel::text).contains("(Word document)");
    }

    @Test
    void aNewTabIsWarnedOf() {
        Format pdf = Format.of(Format.PDF);
        assertThat(LinkLabel.of(with(pdf), pdf, V).orElseThrow().withNewTabWarning().text())
                .isEqualTo("(PDF only, opens in new tab)");
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1KB", "511, 1KB", "1024, 1KB", "558080, 545KB", "1048063, 1023KB", "1048064, 1MB", "1048576, 1MB",
        "1572864, 1.5MB", "1289748, 1.23MB", "1294991, 1.23MB", "1294992, 1.24MB", "10485760, 10MB", "2147483648, 2048MB"})
    void sizesFollowTheServiceManual(long bytes, String expected) {
        assertThat(LinkLabel.size(bytes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, 1 second", "45, 45 seconds", "60, 1 minute", "61, 2 minutes", "3600, 60 minutes"})
    void runningTimes(long seconds, String expected) {
        assertThat(LinkLabel.runningTime(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }
}
