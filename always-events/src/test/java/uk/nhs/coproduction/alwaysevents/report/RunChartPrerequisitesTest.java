package uk.nhs.coproduction.alwaysevents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.StateAimCommand;
import uk.nhs.coproduction.alwaysevents.measurement.Sustainment;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;

/** What the README says a project needs before its run chart exists, and what the chart then says. */
class RunChartPrerequisitesTest {

    private static final StateAimCommand AIM = new StateAimCommand("people on the ward",
            "able to contact someone important to them", 95, LocalDate.of(2018, 3, 31));

    private static ProjectSummary summary(Scenario scenario) {
        return scenario.projects.summary(scenario.id).orElseThrow();
    }

    @Test
    void measurementsMayComeFirstButGiveNoChartWithoutAnAim() {
        Scenario scenario = Scenario.inMemory().started().measure(3, 20, 24);

        assertThat(scenario.project().measurements()).hasSize(3);
        assertThat(summary(scenario).chartSvg()).isEmpty();
        assertThat(scenario.project().reliability()).isEmpty();
    }

    @Test
    void theAimIsStatedInCoDesignNotBefore() {
        CommandOutcome early = Scenario.inMemory().setUp().attempt(AIM);
        Scenario coDesigning = Scenario.inMemory().coDesigning();

        assertThat(early).isInstanceOf(CommandOutcome.Refused.class);
        assertThat(early.reasons()).extracting(Reason::message).anyMatch(m -> m.contains("co-design"));
        assertThat(coDesigning.attempt(AIM)).isInstanceOf(CommandOutcome.Recorded.class);
    }

    @Test
    void anAimWithoutMeasurementsOrWithOnlyEmptyPeriodsGivesNoChart() {
        Scenario scenario = Scenario.inMemory().coDesigning().ok(AIM);
        assertThat(summary(scenario).chartSvg()).isEmpty();

        scenario.measure(2, 0, 0);
        assertThat(summary(scenario).chartSvg()).isEmpty();
    }

    @Test
    void anAimAndOneMeasurementWithPeopleInItGiveTheChart() {
        Scenario scenario = Scenario.inMemory().coDesigning().ok(AIM).measure(0, 0).measure(20, 24);

        assertThat(summary(scenario).chartSvg()).hasValueSatisfying(svg -> assertThat(svg).startsWith("<svg"));
        assertThat(summary(scenario).reliability().orElseThrow().chart().points()).hasSize(2);
    }

    @Test
    void aSecondMeasurementForAPeriodIsRefused() {
        Scenario scenario = Scenario.inMemory().started().ok(new RecordMeasurementCommand("2017-01", 20, 24));

        assertThat(scenario.attempt(new RecordMeasurementCommand("2017-01", 21, 24)))
                .isInstanceOf(CommandOutcome.Refused.class);
    }

    @Test
    void sustainmentNeedsTheLatestSixPeriodsAtTheAim() {
        Scenario scenario = Scenario.inMemory().coDesigning().ok(AIM).measure(5, 24, 24);
        Sustainment five = scenario.project().reliability().orElseThrow().sustainment();
        scenario.measure(24, 24);
        Sustainment six = scenario.project().reliability().orElseThrow().sustainment();

        assertThat(five).isInstanceOf(Sustainment.InsufficientData.class);
        assertThat(five.explanation()).contains("6").contains("5");
        assertThat(six).isInstanceOf(Sustainment.Sustained.class);
    }

    @Test
    void theRunsRuleWaitsForTenUsefulPoints() {
        Scenario scenario = Scenario.inMemory().coDesigning().ok(AIM).measure(20, 24).measure(22, 24).measure(21, 24);

        assertThat(scenario.project().reliability().orElseThrow().chart().notes())
                .anyMatch(note -> note.contains("at least 10"));
    }
}
