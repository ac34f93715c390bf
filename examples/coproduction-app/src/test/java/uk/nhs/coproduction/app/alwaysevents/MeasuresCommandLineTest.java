package uk.nhs.coproduction.app.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.app.CommandLineRun;

/**
 * The family of measures on the command line: {@code define-measure}, {@code record-measure-value}
 * and {@code correct-measure-value} made from the same descriptions as the web forms, and
 * {@code status} listing every measure with its role, latest value and icons.
 */
class MeasuresCommandLineTest {

    @TempDir
    Path folder;

    private Cli cli;

    @BeforeEach
    void dataDirectory() {
        cli = new Cli(folder.resolve("data"));
        assertThat(cli.run("start-project", "ward-7", "--organisation", "Test NHS Trust", "--title", "Calls home",
                "--area-of-focus", "Ward 7", "--started-on", "2024-01-08").status()).isZero();
    }

    @Test
    void measuresAreDefinedRecordedCorrectedAndListedByStatus() {
        assertThat(cli.run("define-measure", "ward-7", "--measure-id", "equipment-ready", "--role", "process", "--name",
                "Equipment ready at handover", "--operational-definition", "At every handover, is the phone charged?",
                "--kind-of-data", "counts", "--chart-type", "p", "--rules", "mdc", "--improvement", "increase",
                "--target", "90").status()).isZero();
        assertThat(cli.run("define-measure", "ward-7", "--measure-id", "night-calls", "--role", "balancing", "--name",
                "Calls to the night coordinator", "--operational-definition", "Calls logged between 22:00 and 07:00",
                "--kind-of-data", "values", "--chart-type", "c", "--rules", "ihi", "--improvement", "decrease")
                .status()).isZero();
        for (int month = 1; month <= 8; month++) {
            assertThat(cli.run("record-measure-value", "ward-7", "--measure-id", "equipment-ready", "--period",
                    "2024-0" + month, "--value", (10 + month) + "/20").status()).isZero();
            assertThat(cli.run("record-measure-value", "ward-7", "--measure-id", "night-calls", "--period",
                    "2024-0" + month, "--value", Integer.toString(month % 3 + 2)).status()).isZero();
        }
        assertThat(cli.run("correct-measure-value", "ward-7", "--measure-id", "night-calls", "--period", "2024-08",
                "--value", "6", "--reason", "two calls logged late").status()).isZero();

        String status = cli.run("status", "ward-7").out();

        assertThat(status).contains("Measures:\n")
                .contains("  outcome reliability (Reliability of the Always Event): No aim stated yet\n")
                .contains("  process equipment-ready (Equipment ready at handover): 90.0% in 2024-08, variation ")
                .contains("  balancing night-calls (Calls to the night coordinator): 6.0 in 2024-08, variation ");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedWithEveryReason() {
        assertThat(cli.run("define-measure", "ward-7", "--measure-id", "waits", "--role", "process", "--name",
                "Minutes waited", "--operational-definition", "Timed at each request", "--kind-of-data", "values",
                "--chart-type", "xmr", "--rules", "mdc", "--improvement", "decrease").status()).isZero();

        CommandLineRun refused = cli.run("record-measure-value", "ward-7", "--measure-id", "waits", "--period",
                "2023-11", "--value", "21/24");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.out() + refused.err()).contains("MEASURE_VALUE_WRONG_KIND").contains("PERIOD_BEFORE_START");
        assertThat(cli.run("history", "ward-7").out().lines()).hasSize(2);
    }
}
