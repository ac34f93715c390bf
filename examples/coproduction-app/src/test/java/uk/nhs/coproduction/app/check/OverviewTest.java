package uk.nhs.coproduction.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.app.CommandLineRun;
import uk.nhs.coproduction.model.framework.CoproductionModel;
import uk.nhs.coproduction.model.framework.CoproductionStep;
import uk.nhs.coproduction.model.framework.CoproductionValue;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.healthcheck.HealthCheck;
import uk.nhs.coproduction.model.healthcheck.Rule;
import uk.nhs.coproduction.model.ladder.LadderRung;

/** With no command, the app prints the Co-Production Model and a sample health check. */
class OverviewTest {

    private final CommandLineRun run = CommandLineRun.of();
    private final CoproductionModel model = Frameworks.bundled().coproductionModel();

    @Test
    void itSucceedsAndPrintsNothingToStandardError() {
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void itPrintsTheModelsEditionSourceAndConfidence() {
        assertThat(run.out()).startsWith(model.edition().title() + "\n" + model.edition().citation() + "\n");
        assertThat(run.out()).contains("Confidence: medium.", "Source: The Co-production Model, Coalition for "
                + "Collaborative Care");
    }

    @Test
    void itPrintsEveryValueWithItsBehavioursAndEveryStepInOrder() {
        String flat = run.out().replaceAll("\\s+", " ");
        int last = 0;
        for (CoproductionValue value : model.values()) {
            int at = flat.indexOf(value.name(), last);
            assertThat(at).as(value.key().name()).isGreaterThan(last);
            for (String behaviour : value.behaviours()) {
                assertThat(flat).contains(behaviour);
            }
            last = at;
        }
        for (CoproductionStep step : model.steps()) {
            int at = flat.indexOf(step.name() + ": " + step.description(), last);
            assertThat(at).as(step.key().name()).isGreaterThan(last);
            last = at;
        }
        assertThat(flat).contains("[low confidence: A reconstruction");
    }

    @Test
    void itPrintsAHealthCheckOfTheSamplePartnership() {
        var sample = ModelOverview.samplePartnership();
        var report = HealthCheck.standard().check(sample);

        assertThat(report.ladder().rung()).isEqualTo(LadderRung.CO_DESIGNING);
        assertThat(run.out()).contains("Health check: " + sample.title(),
                "Ladder of participation: Co-designing (doing with), rung 6 of 7",
                "Alignment: Co-produced improvement of experience",
                "[ADVICE] " + Rule.OWNED_FROM_BOARD_TO_FRONT_LINE.title(),
                "[STRENGTH] " + Rule.LIVED_EXPERIENCE_AND_STAFF.title());
        assertThat(run.out()).contains("Findings: 0 critical, 0 warnings, 5 advice, 10 strengths");
    }

    @Test
    void itEndsWithAHintOfTheCommandsAndTheTrademarkNotice() {
        String[] lines = run.out().split("\n");

        assertThat(lines[lines.length - 2]).startsWith("Commands: ").contains("check");
        assertThat(lines[lines.length - 1])
                .isEqualTo("Always Events® is a registered trademark of the Institute for Healthcare Improvement.");
    }

    @Test
    void everyLineFitsATerminal() {
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    }
}
