package uk.nhs.coproduction.app.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.app.CommandLineRun;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/** The {@code always-events} commands: exit statuses, what they print, and bad input named by option. */
class AlwaysEventsCommandTest {

    @TempDir
    Path folder;

    private Cli cli;

    @BeforeEach
    void dataDirectory() {
        cli = new Cli(folder.resolve("data"));
    }

    private void started() {
        assertThat(cli.run("start-project", "ward-7", "--organisation", "Test NHS Trust", "--title", "Calls home", "--area-of-focus", "Ward 7",
                "--on", "2017-01-02").status()).isZero();
    }

    @Test
    void theHelpOfEveryCommandCarriesTheTrademarkNotice() {
        CommandLineRun root = CommandLineRun.of("always-events", "--help");
        assertThat(root.status()).isZero();
        assertThat(oneLine(root.out())).contains("demo", "record-measurement", "status", AlwaysEvents.TRADEMARK_NOTICE);
        for (String sub : new String[] {"demo", "start-project", "status", "record-measurement", "take-transition", "join-co-design-team",
            "plan-pdsa-cycle", "workflow"}) {
            CommandLineRun help = CommandLineRun.of("always-events", sub, "--help");
            assertThat(help.status()).as(sub).isZero();
            assertThat(oneLine(help.out())).as(sub).contains("Usage:", AlwaysEvents.TRADEMARK_NOTICE);
        }
        assertThat(CommandLineRun.of("--help").out()).contains("always-events");
    }

    @Test
    void whatMattersTakesEverySourceOfTheCoProductionModelByItsCommandLineName() {
        CommandLineRun help = CommandLineRun.of("always-events", "record-what-matters", "--help");
        assertThat(help.status()).isZero();
        assertThat(oneLine(help.out())).contains("--source=SOURCE Where it came from. One of: ");
        for (WhatMattersSource source : WhatMattersSource.values()) {
            assertThat(oneLine(help.out())).contains(Converters.code(source));
        }
        started();

        CommandLineRun comments = cli.run("record-what-matters", "ward-7", "--source", "friends-and-family-test",
                "--summary", "Being told what happens next", "--people-heard", "14", "--on", "2017-01-03");
        CommandLineRun unnamed = cli.run("record-what-matters", "ward-7", "--source", "partners", "--summary",
                "Calls at night", "--people-heard", "0");
        CommandLineRun former = cli.run("record-what-matters", "ward-7", "--source", "survey", "--summary", "Calls at night",
                "--people-heard", "0");

        assertThat(comments.status()).isZero();
        assertThat(comments.out()).contains("what matters recorded from friends-and-family-test (14 people)");
        assertThat(unnamed.status()).isEqualTo(1);
        assertThat(unnamed.out()).contains("VOICED_BY_REQUIRED");
        assertThat(former.status()).isEqualTo(2);
        assertThat(former.err()).startsWith("always-events record-what-matters: --source: choose one of: ")
                .doesNotContain("survey");
        for (WhatMattersSource source : WhatMattersSource.values()) {
            assertThat(former.err()).contains(source.name());
        }
    }

    /** Help text is wrapped at 80 columns: compare it as one line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void startThenStatusShowsThePhaseAndWhatBlocksTheNextStep() {
        CommandLineRun start = cli.run("start-project", "ward-7", "--organisation", "Test NHS Trust", "--title", "Calls home",
                "--area-of-focus", "Ward 7", "--on", "2017-01-02");
        assertThat(start.status()).isZero();
        assertThat(start.out()).isEqualTo("ward-7 v1: started: Calls home (Test NHS Trust, Ward 7)\n");

        CommandLineRun status = cli.run("status", "ward-7");

        assertThat(status.status()).isZero();
        assertThat(status.out()).contains("Phase: Set-up and oversight", "NO_EXECUTIVE_SPONSOR", "Version: 1",
                AlwaysEvents.TRADEMARK_NOTICE);
        assertThat(folder.resolve("data/ward-7.events.jsonl")).exists();
    }

    @Test
    void aRefusedStepExitsWith1AndListsEveryReason() {
        started();

        CommandLineRun move = cli.run("take-transition", "ward-7", "--transition-id", "understand-what-matters");

        assertThat(move.status()).isEqualTo(1);
        assertThat(move.out()).startsWith("Refused:\n").contains("NO_EXECUTIVE_SPONSOR: ", "NO_FRONT_LINE_STAFF_MEMBER: ",
                "NO_LIVED_EXPERIENCE_MEMBER: ", "(teamSize = 0");
        assertThat(cli.run("history", "ward-7").out().lines()).hasSize(1);
    }

    @Test
    void aProjectIsDrivenToUnderstandingWhatMattersFromTheCommandLine() {
        started();
        assertThat(cli.run("appoint-executive-sponsor", "ward-7", "--sponsor", "E-01").status()).isZero();
        assertThat(cli.run("join-co-design-team", "ward-7", "--partner", "P-01", "--roles", "patient").status()).isZero();
        assertThat(cli.run("join-co-design-team", "ward-7", "--partner", "C-01", "--roles",
                "unpaid-carer,family-member").status()).isZero();
        assertThat(cli.run("join-co-design-team", "ward-7", "--partner", "S-01", "--roles", "front-line-staff").out())
                .contains("S-01 joined the co-design team as front-line staff");

        CommandLineRun transitions = cli.run("transitions", "ward-7");
        assertThat(transitions.out()).contains("understand-what-matters (Start understanding what matters -> Understanding what "
                + "matters): ready");
        CommandLineRun move = cli.run("take-transition", "ward-7", "--transition-id", "understand-what-matters");

        assertThat(move.status()).isZero();
        assertThat(move.out()).contains("\"Set-up and oversight\" -> \"Understanding what matters\"");
        assertThat(cli.run("status", "ward-7").out()).contains("Phase: Understanding what matters");
    }

    @Test
    void measurementsAreRecordedAndBadCountsAreNamedByOption() {
        started();

        assertThat(cli.run("record-measurement", "ward-7", "--period", "2017-01", "--numerator", "17", "--denominator", "20")
                .out()).isEqualTo("ward-7 v2: measured 2017-01: 17 of 20 (85%)\n");
        CommandLineRun tooMany = cli.run("record-measurement", "ward-7", "--period", "2017-02", "--numerator", "21", "--denominator", "20");
        CommandLineRun notANumber = cli.run("record-measurement", "ward-7", "--period", "2017-02", "--numerator", "x", "--denominator", "20");
        CommandLineRun again = cli.run("record-measurement", "ward-7", "--period", "2017-01", "--numerator", "1", "--denominator", "2");
        CommandLineRun corrected = cli.run("correct-measurement", "ward-7", "--period", "2017-01", "--numerator", "18",
                "--denominator", "20", "--reason", "a form was filed late");

        assertThat(tooMany.status()).isEqualTo(2);
        assertThat(tooMany.err()).isEqualTo("always-events record-measurement: --numerator: the event cannot have happened "
                + "for more people than were eligible\n");
        assertThat(notANumber.status()).isEqualTo(2);
        assertThat(notANumber.err()).isEqualTo("always-events record-measurement: --numerator: enter a whole number, 0 or "
                + "more, such as 3\n");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.out()).contains("MEASUREMENT_ALREADY_RECORDED");
        assertThat(corrected.out()).contains("corrected 2017-01: 18 of 20 (90%)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "Ward 7", "con", "a/b"})
    void aProjectIdThatIsNotWellFormedIsBadInput(String id) {
        CommandLineRun run = cli.run("status", id);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("PROJECT");
        assertThat(folder.resolve("escape.events.jsonl")).doesNotExist();
    }

    @Test
    void badOptionValuesAreNamed() {
        started();

        CommandLineRun role = cli.run("join-co-design-team", "ward-7", "--partner", "P-01", "--roles", "doctor");
        CommandLineRun partner = cli.run("join-co-design-team", "ward-7", "--partner", "Jane Smith", "--roles", "patient");
        CommandLineRun blank = cli.run("state-vision", "ward-7", "--text", " ");
        CommandLineRun unknown = cli.run("status", "no-such-project");

        assertThat(role.status()).isEqualTo(2);
        assertThat(role.err()).contains("always-events join-co-design-team: --roles: choose roles from the list: PATIENT, "
                + "SERVICE_USER").doesNotContain("doctor");
        assertThat(partner.status()).isEqualTo(2);
        assertThat(partner.err()).contains("--partner").doesNotContain("Jane");
        assertThat(blank.status()).isEqualTo(2);
        assertThat(blank.err()).contains("always-events state-vision: --text: enter the vision statement");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("PROJECT: there is no project no-such-project", "projects: [ward-7]");
    }

    @Test
    void aStaleExpectedVersionIsAConflict() {
        started();
        cli.run("record-measurement", "ward-7", "--period", "2017-01", "--numerator", "1", "--denominator", "2");

        CommandLineRun stale = cli.run("record-measurement", "ward-7", "--period", "2017-02", "--numerator", "1", "--denominator", "2",
                "--expected-version", "1");

        assertThat(stale.status()).isEqualTo(1);
        assertThat(stale.out()).contains("ward-7 is at version 2, not 1");
    }

    @Test
    void aLockedDataDirectoryExitsWith3() {
        try (FileEventStore held = FileEventStore.open(folder.resolve("data"))) {
            CommandLineRun run = cli.run("start-project", "ward-7", "--organisation", "T", "--title", "T", "--area-of-focus", "T");

            assertThat(run.status()).isEqualTo(3);
            assertThat(run.err()).contains("already open").contains("if serve is running with it, stop serve");
            assertThat(held.projects()).isEmpty();
        }
    }

    @Test
    void aDataDirectoryThatCannotBeMadeExitsWith3WithoutTheAdviceAboutServe() throws IOException {
        Files.writeString(folder.resolve("data"), "a file where the directory would be");

        CommandLineRun run = cli.run("start-project", "ward-7", "--organisation", "T", "--title", "T", "--area-of-focus", "T");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("cannot create the data directory").doesNotContain("stop serve");
    }

    @Test
    void aTornWriteIsRepairedAndReported() throws IOException {
        started();
        cli.run("record-measurement", "ward-7", "--period", "2017-01", "--numerator", "1", "--denominator", "2");
        Path log = folder.resolve("data/ward-7.events.jsonl");
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(log) - 10);
        }

        CommandLineRun status = cli.run("status", "ward-7");

        assertThat(status.status()).isZero();
        assertThat(status.err()).contains("warning: The log of project ward-7 ended in a torn write at line 2");
        assertThat(status.out()).contains("Version: 1");
    }

    @Test
    void historyPrintsTheEventsAndTheirJson() {
        started();

        String text = cli.run("history", "ward-7").out();
        String json = cli.run("history", "ward-7", "--json").out();

        assertThat(text).startsWith("v1 ").contains("qi-lead: started: Calls home");
        assertThat(EventJson.read(json.strip()).version()).isEqualTo(1);
        assertThat(cli.run("list").out()).isEqualTo("ward-7  Set-up and oversight  Calls home\n");
    }

    @Test
    void theWorkflowIsPrintedAsTextMermaidOrJson() {
        assertThat(CommandLineRun.of("always-events", "workflow").out()).contains("Understanding what matters (UNDERSTAND_WHAT_MATTERS)",
                "when: A board-level executive sponsor champions the Always Event.");
        assertThat(CommandLineRun.of("always-events", "workflow", "--format", "mermaid").out()).startsWith("stateDiagram-v2");
        assertThat(CommandLineRun.of("always-events", "workflow", "--format", "json").out()).contains("\"document\": \"always-events-workflow\"");
        CommandLineRun bad = CommandLineRun.of("always-events", "workflow", "--format", "yaml");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--format: 'yaml'");
    }

    @Test
    void aRequiredOptionLeftOutIsBadInput() {
        CommandLineRun run = cli.run("start-project", "ward-7", "--organisation", "Test NHS Trust");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required options", "--title", "--area-of-focus");
    }
}
