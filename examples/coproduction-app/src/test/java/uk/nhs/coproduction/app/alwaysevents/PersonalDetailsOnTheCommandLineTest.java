package uk.nhs.coproduction.app.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.app.CommandLineRun;

/** The command line refuses free text that looks personal, naming the option, unless --confirm-personal-details. */
class PersonalDetailsOnTheCommandLineTest {

    @TempDir
    Path folder;

    @Test
    void personalLookingTextIsRefusedUntilConfirmed() {
        Cli cli = new Cli(folder.resolve("data"));
        assertThat(cli.run("start-project", "ward-7", "--organisation", "Test NHS Trust", "--title", "Calls home",
                "--area-of-focus", "Ward 7", "--on", "2017-01-02").status()).isZero();

        CommandLineRun refused = cli.run("record-impact", "ward-7", "--you-said", "My NHS number is 9434765919",
                "--we-did", "Nothing yet");
        assertThat(refused.status()).isEqualTo(ProjectAction.BAD_INPUT);
        assertThat(refused.err()).startsWith("always-events record-impact: --you-said: this looks like it may hold an NHS "
                + "number. Nothing was recorded.").contains("--confirm-personal-details").doesNotContain("9434765919");
        assertThat(cli.run("history", "ward-7").out()).contains("v1").doesNotContain("v2");

        CommandLineRun confirmed = cli.run("record-impact", "ward-7", "--you-said", "My NHS number is 9434765919",
                "--we-did", "Nothing yet", "--confirm-personal-details");
        assertThat(confirmed.status()).as(confirmed.err()).isZero();
        assertThat(cli.run("history", "ward-7").out()).contains("v2");

        CommandLineRun help = CommandLineRun.of("always-events", "record-impact", "--help");
        assertThat(help.out()).contains("--confirm-personal-details");
        assertThat(CommandLineRun.of("always-events", "record-measurement", "--help").out())
                .as("a command with no free text has no such option").doesNotContain("--confirm-personal-details");
    }
}
