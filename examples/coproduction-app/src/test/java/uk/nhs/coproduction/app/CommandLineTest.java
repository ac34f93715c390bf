package uk.nhs.coproduction.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What every command shares: --help, exit status 2 with a located message for bad input, no stack traces. */
class CommandLineTest {

    @TempDir
    Path folder;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    /** Every command and sub-command, by its words on the command line. */
    private static List<String> everyCommand() {
        List<String> commands = new ArrayList<>();
        collect(Main.commandLine(), "", commands);
        return commands;
    }

    private static void collect(CommandLine command, String prefix, List<String> into) {
        command.getSubcommands().forEach((name, sub) -> {
            String words = (prefix + " " + name).strip();
            into.add(words);
            collect(sub, words, into);
        });
    }

    @Test
    void everyCommandHasHelpThatNamesTheTrademark() {
        List<String> commands = everyCommand();
        assertThat(commands).contains("serve", "check", "spc", "catalog", "catalog search", "catalog export",
                "catalog import");
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            CommandLineRun run = run(args.toArray(String[]::new));
            assertThat(run.status()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: coproduction-app " + command);
            assertThat(run.err()).as(command).isEmpty();
        }
        assertThat(run("--help").out().replaceAll("\\s+", " ")).contains("serve").contains("Exit status:")
                .contains("Always Events® is a registered trademark of the Institute for Healthcare Improvement.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "check x.json", "spc x.csv", "catalog search", "catalog export --format csv",
        "catalog import x.csv"})
    void anUnknownOptionExitsWith2NamingItAndHelp(String commandLine) {
        List<String> args = new ArrayList<>(List.of(commandLine.split(" ")));
        args.add("--frobnicate");
        String command = String.join(" ", args.stream().takeWhile(a -> !a.contains(".") && !a.startsWith("-")).toList());
        CommandLineRun run = run(args.toArray(String[]::new));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("coproduction-app " + command + ": ").contains("--frobnicate")
                .contains("Run 'coproduction-app " + command + " --help'").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMisspeltCommandGetsASuggestion() {
        CommandLineRun run = run("catlog");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument").contains("catalog");
    }

    @Test
    void aFileThatCannotBeWrittenIsBadInputNotAStackTrace() {
        CommandLineRun run = run("catalog", "export", "--format", "csv", "--output",
                folder.resolve("no-such-folder").resolve("out.csv").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-folder").contains("no such file or folder").doesNotContain("\tat ");
    }

    @Test
    void progressIsQuietForQuickWorkAndOnStandardErrorForSlowWork() throws InterruptedException {
        StringWriter quick = new StringWriter();
        try (Progress progress = Progress.start(new PrintWriter(quick, true), "Quick work")) {
            assertThat(progress.wasShown()).isFalse();
        }
        assertThat(quick.toString()).isEmpty();

        StringWriter slow = new StringWriter();
        try (Progress progress = Progress.start(new PrintWriter(slow, true), "Importing x.csv", Duration.ofMillis(20))) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!progress.wasShown() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        assertThat(slow.toString()).startsWith("Importing x.csv…").containsPattern("Importing x.csv: done in \\d+\\.\\d s\\.");
    }

    @Test
    void searchAsJsonKeepsStandardOutputPureJson() throws Exception {
        CommandLineRun run = run("catalog", "search", "pdsa", "--json");
        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
        assertThat(Files.exists(folder)).isTrue();
    }
}
