package uk.nhs.coproduction.app.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.app.CommandLineRun;

/** {@code always-events erase}: words erased from the data directory, refusals and bad input, and its help. */
class EraseCommandTest {

    private static final String WORDS = "Ring Jo Example on 07700 900461 about her diabetes";

    @TempDir
    Path folder;

    private Cli cli;

    @BeforeEach
    void dataDirectory() {
        cli = new Cli(folder.resolve("data"));
        assertThat(cli.run("start-project", "ward-7", "--organisation", "Test NHS Trust", "--title", "Calls home",
                "--area-of-focus", "Ward 7", "--on", "2017-01-02").status()).isZero();
        CommandLineRun impact = cli.run("record-impact", "ward-7", "--you-said", WORDS, "--we-did", "We rang back",
                "--confirm-personal-details");
        assertThat(impact.status()).as(impact.err()).isZero();
    }

    private String dataFiles() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder.resolve("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void anEventsWordsAreErasedFromTheDataDirectoryAndTheErasureIsInTheHistory() throws IOException {
        assertThat(dataFiles()).contains(WORDS);

        CommandLineRun erased = cli.run("erase", "ward-7", "--event", "2", "--field", "youSaid", "--reason", "person-asked",
                "--as", "dpo-1");

        assertThat(erased.status()).as(erased.err()).isZero();
        assertThat(erased.out()).contains("Erased 1 field from ward-7: v2 youSaid. Recorded as version 3.")
                .doesNotContain(WORDS);
        assertThat(dataFiles()).doesNotContain(WORDS).contains("We rang back");
        CommandLineRun history = cli.run("history", "ward-7");
        assertThat(history.out()).contains("v3").contains("dpo-1: words erased (person-asked): v2 youSaid");
        CommandLineRun again = cli.run("erase", "ward-7", "--event", "2", "--field", "youSaid", "--reason", "person-asked");
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("Nothing left to erase");
    }

    @Test
    void whatDoesNotExistIsRefusedAndBadInputNamesTheOption() {
        CommandLineRun missing = cli.run("erase", "ward-7", "--event", "9", "--reason", "recorded-by-mistake");
        CommandLineRun noField = cli.run("erase", "ward-7", "--event", "2", "--field", "nickname", "--reason",
                "recorded-by-mistake");
        CommandLineRun nothing = cli.run("erase", "ward-7", "--reason", "person-asked");
        CommandLineRun badReason = cli.run("erase", "ward-7", "--event", "2", "--reason", "because");
        CommandLineRun badPartner = cli.run("erase", "ward-7", "--partner", "07700900461", "--reason", "person-asked");

        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.out()).contains("ERASURE_NO_SUCH_VERSION", "Refused: nothing was erased.");
        assertThat(noField.status()).isEqualTo(1);
        assertThat(noField.out()).contains("ERASURE_NO_SUCH_FIELD", "youSaid, weDid");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).contains("--event or --partner");
        assertThat(badReason.status()).isEqualTo(2);
        assertThat(badReason.err()).contains("--reason").contains("person-asked");
        assertThat(badPartner.status()).isEqualTo(2);
        assertThat(badPartner.err()).contains("--partner").doesNotContain("07700900461");
        assertThat(cli.run("history", "ward-7").out()).doesNotContain("words erased");
    }

    @Test
    void theHelpSaysWhatIsErasedAndCarriesTheTrademarkNotice() {
        CommandLineRun help = CommandLineRun.of("always-events", "erase", "--help");
        String text = help.out().replaceAll("\\s+", " ");
        assertThat(help.status()).isZero();
        assertThat(text).contains("right to erasure", "--partner", "--event", "--field", "person-asked",
                AlwaysEvents.TRADEMARK_NOTICE);
        assertThat(CommandLineRun.of("always-events", "--help").out()).contains("erase");
    }
}
