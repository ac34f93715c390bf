package uk.nhs.coproduction.alwaysevents.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.AddSecondaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordSustainReviewCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StateAimCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;
import uk.nhs.coproduction.model.validation.Violation;

/** Commands are checked with Bean Validation before anything is decided; each violation names the field. */
class CommandValidationTest {

    private static List<Violation> violations(Scenario scenario, ProjectCommand command) {
        CommandOutcome outcome = scenario.attempt(command);
        assertThat(outcome).isInstanceOf(CommandOutcome.Invalid.class);
        return ((CommandOutcome.Invalid) outcome).violations();
    }

    @Test
    void blankAndMissingFieldsAreNamed() {
        List<Violation> found = violations(Scenario.inMemory(), new StartProjectCommand(" ", "Title", "", null));

        assertThat(found).extracting(Violation::path).containsExactly("areaOfFocus", "organisation", "startedOn");
        assertThat(found).extracting(Violation::message).contains("must not be blank", "is required");
    }

    @Test
    void aMeasurementCannotCountMoreEventsThanEligiblePeople() {
        List<Violation> found = violations(Scenario.inMemory().started(), new RecordMeasurementCommand("2017-01", 21, 20));

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("numeratorWithinDenominator");
            assertThat(v.message()).isEqualTo("the event cannot have happened for more people than were eligible");
        });
    }

    @Test
    void negativeCountsAndLongPeriodsAreRefused() {
        List<Violation> found = violations(Scenario.inMemory().started(),
                new RecordMeasurementCommand("x".repeat(33), -1, -1));

        assertThat(found).extracting(Violation::path).containsExactly("denominator", "numerator", "period");
    }

    @Test
    void aVisionStatementMustSayWhatWillAlwaysHappen() {
        List<Violation> found = violations(Scenario.inMemory().coDesigning(),
                new StateVisionCommand("Patients are usually kept informed", LocalDate.of(2017, 1, 1)));

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("text");
            assertThat(v.message()).contains("always");
        });
    }

    @Test
    void anAimIsAbove0AndAtMost100Percent() {
        Scenario s = Scenario.inMemory().coDesigning();

        assertThat(violations(s, new StateAimCommand("people", "it happens", 0, LocalDate.of(2018, 1, 1))))
                .extracting(Violation::path).containsExactly("percent");
        assertThat(violations(s, new StateAimCommand("people", "it happens", 100.5, LocalDate.of(2018, 1, 1))))
                .extracting(Violation::path).containsExactly("percent");
    }

    @Test
    void aMemberNeedsARoleAndIdsOfDriversHaveTheirForm() {
        Scenario s = Scenario.inMemory().coDesigning();

        assertThat(violations(s, new JoinCoDesignTeamCommand(Scenario.PATIENT, Set.of(), LocalDate.of(2017, 1, 1))))
                .extracting(Violation::path).containsExactly("roles");
        assertThat(violations(s, new AddSecondaryDriverCommand("driver one", "text"))).extracting(Violation::path)
                .containsExactly("primaryDriverId");
    }

    @Test
    void theNextSustainReviewComesAfterThisOne() {
        List<Violation> found = violations(Scenario.inMemory().started(), new RecordSustainReviewCommand("still reliable",
                LocalDate.of(2019, 6, 1), LocalDate.of(2019, 5, 1)));

        assertThat(found).extracting(Violation::path).containsExactly("nextReviewAfterThisOne");
    }

    @Test
    void anInvalidCommandRecordsNothing() {
        Scenario s = Scenario.inMemory().started();

        violations(s, new RecordMeasurementCommand("", 1, 1));

        assertThat(s.project().version()).isEqualTo(1);
    }
}
