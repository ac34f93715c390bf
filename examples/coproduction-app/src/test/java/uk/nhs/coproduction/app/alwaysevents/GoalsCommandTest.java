package uk.nhs.coproduction.app.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.app.CommandLineRun;

/** {@code always-events goals} and {@code always-events import-staff-survey}, through the command line. */
class GoalsCommandTest {

    private static final String SURVEY = "year,org code,percentage agreeing,number responding\r\n"
            + "2022,XX1,55.5,1200\r\n2023,XX1,58,1250\r\n2024,XX1,61.5,1300\r\n";

    @TempDir
    Path folder;

    private Cli cli;

    @BeforeEach
    void dataDirectory() {
        cli = new Cli(folder.resolve("data"));
    }

    @Test
    void theGoalsOfTheDemonstrationProjectAndAnImportedSurveyAreShownWithTheirSources() throws IOException {
        assertThat(CommandLineRun.of("always-events", "demo", "--data", folder.resolve("data").toString(), "--chart",
                folder.resolve("chart.svg").toString()).status()).isZero();
        Path csv = Files.writeString(folder.resolve("survey.csv"), SURVEY);
        CommandLineRun imported = cli.run("import-staff-survey", csv.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 3 result(s) for 1 organisation(s) from survey.csv");

        CommandLineRun text = cli.run("goals", "--period", "quarter", "--until", "2017-06-30");

        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains("1. Improvement projects co-produced from the very start", "Definition: ",
                "Source: ", "Run chart", "2016-Q4", "2017-Q2",
                "2. NHS Staff Survey: \"Feedback from patients / service users is used to make informed decisions",
                "From: survey.csv, imported ", "XX1", "61.5%", AlwaysEvents.TRADEMARK_NOTICE);

        CommandLineRun json = cli.run("goals", "--json", "--until", "2017-02-01");
        assertThat(json.status()).as(json.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(json.out());
        JsonNode periods = root.path("coProductionFromTheStart").path("periods");
        assertThat(periods.size()).isPositive();
        assertThat(periods.get(periods.size() - 1).path("period").asString()).isEqualTo("2017-02");
        assertThat(periods.get(periods.size() - 1).path("started").asInt()).isEqualTo(1);
        assertThat(root.path("coProductionFromTheStart").path("projects").get(0).path("id").asString())
                .isEqualTo("humber-contact");
        assertThat(root.path("staffSurvey").path("file").asString()).isEqualTo("survey.csv");
        assertThat(root.path("staffSurvey").path("results").size()).isEqualTo(3);
    }

    @Test
    void aBadFileImportsNothingAndNamesEachRowAndColumn() throws IOException {
        Path good = Files.writeString(folder.resolve("good.csv"), SURVEY);
        assertThat(cli.run("import-staff-survey", good.toString()).status()).isZero();
        Path stored = folder.resolve("data").resolve(StaffSurveyFile.NAME);
        String before = Files.readString(stored);
        Path bad = Files.writeString(folder.resolve("bad.csv"), "year,org code,percentage agreeing\n2023,XX1,58\n"
                + "twenty,XX1,40\n2024,XX1,140\n");

        CommandLineRun run = cli.run("import-staff-survey", bad.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv was not imported (2 problems); nothing was changed",
                "row 3, column year: must be a year", "row 4, column percentage agreeing: must be a percentage");
        assertThat(Files.readString(stored)).isEqualTo(before);
        assertThat(cli.run("import-staff-survey", folder.resolve("missing.csv").toString()).err())
                .contains("does not exist");
    }

    @Test
    void theIllustrativeSampleImportsAndABadPeriodIsNamed() {
        CommandLineRun run = cli.run("import-staff-survey", Path.of("../../docs/examples/staff-survey-illustrative.csv")
                .toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported 6 result(s)");

        CommandLineRun bad = cli.run("goals", "--period", "week");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--period: 'week' is not one of month, quarter");
        CommandLineRun empty = cli.run("goals");
        assertThat(empty.out()).contains("No project had started by then.");
    }
}
