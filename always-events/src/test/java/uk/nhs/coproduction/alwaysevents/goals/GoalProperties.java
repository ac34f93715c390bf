package uk.nhs.coproduction.alwaysevents.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;

class GoalProperties {

    private static final LocalDate ORIGIN = LocalDate.of(2023, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2024, 12, 31);

    /** Projects with facts spread over two years: who joined when and in which phase, and when the vision was agreed. */
    @Provide
    Arbitrary<List<AlwaysEventProject>> projects() {
        Arbitrary<AlwaysEventProject> one = Combinators.combine(
                Arbitraries.integers().between(0, 600),
                Arbitraries.of(Phase.SET_UP_AND_OVERSIGHT, Phase.UNDERSTAND_WHAT_MATTERS, Phase.CO_DESIGN).injectNull(0.2),
                Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(1, 200),
                Arbitraries.integers().between(0, 300).injectNull(0.3),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(8))
                .as((start, phase, join, coDesign, vision, id) -> {
                    LocalDate started = ORIGIN.plusDays(start);
                    return GoalProjects.project(id, started, phase, phase == null ? null : started.plusDays(join),
                            started.plusDays(coDesign), vision == null ? null : started.plusDays(vision));
                });
        return one.list().ofMaxSize(12).uniqueElements(p -> p.id());
    }

    @Property(tries = 150)
    void everyPeriodsProportionIsBetweenZeroAndOne(@ForAll("projects") List<AlwaysEventProject> projects) {
        for (ReportingPeriod period : ReportingPeriod.values()) {
            CoProductionFromTheStart goal = CoProductionFromTheStart.of(projects, CoProductionDefinition.standard(),
                    period, UNTIL);
            for (PeriodCount count : goal.periods()) {
                assertThat(count.proportion()).isBetween(0.0, 1.0);
                assertThat(count.coProduced()).isLessThanOrEqualTo(count.started());
            }
        }
    }

    @Property(tries = 150)
    void addingAProjectCoProducedFromTheStartNeverLowersAPeriodsNumerator(
            @ForAll("projects") List<AlwaysEventProject> projects, @ForAll @IntRange(min = 0, max = 600) int start) {
        CoProductionFromTheStart before = CoProductionFromTheStart.of(projects, UNTIL);
        List<AlwaysEventProject> more = new ArrayList<>(projects);
        more.add(GoalProjects.coProduced("added-one", ORIGIN.plusDays(start)));
        CoProductionFromTheStart after = CoProductionFromTheStart.of(more, UNTIL);

        for (PeriodCount period : before.periods()) {
            PeriodCount later = after.periods().stream().filter(p -> p.period().equals(period.period())).findFirst()
                    .orElseThrow();
            assertThat(later.coProduced()).isGreaterThanOrEqualTo(period.coProduced());
        }
        assertThat(after.periods().get(after.periods().size() - 1).coProduced()).isEqualTo(
                before.periods().isEmpty() ? 1 : before.periods().get(before.periods().size() - 1).coProduced() + 1);
    }

    @Property(tries = 100)
    void theOrderOfTheProjectsDoesNotMatter(@ForAll("projects") List<AlwaysEventProject> projects,
            @ForAll long seed) {
        List<AlwaysEventProject> shuffled = new ArrayList<>(projects);
        Collections.shuffle(shuffled, new Random(seed));

        CoProductionFromTheStart one = CoProductionFromTheStart.of(projects, UNTIL);
        CoProductionFromTheStart other = CoProductionFromTheStart.of(shuffled, UNTIL);

        assertThat(other.periods()).isEqualTo(one.periods());
        assertThat(other.projects()).isEqualTo(one.projects());
    }

    @Provide
    Arbitrary<List<StaffSurveyResult>> results() {
        Arbitrary<StaffSurveyResult> byPercent = Combinators.combine(Arbitraries.integers().between(2000, 2040),
                Arbitraries.of("RV9", "RXX", "r1a", "ZZ9"), Arbitraries.doubles().between(0, 100),
                Arbitraries.integers().between(1, 9000).injectNull(0.5))
                .as((year, code, percent, responding) -> new StaffSurveyResult(year, code, percent, null, responding));
        Arbitrary<StaffSurveyResult> byCounts = Combinators.combine(Arbitraries.integers().between(2000, 2040),
                Arbitraries.of("RV9", "RXX", "r1a", "ZZ9"), Arbitraries.integers().between(1, 9000),
                Arbitraries.doubles().between(0, 1))
                .as((year, code, responding, share) -> StaffSurveyResult.ofCounts(year, code,
                        (int) Math.floor(share * responding), responding));
        return Arbitraries.oneOf(byPercent, byCounts).list().ofMaxSize(30)
                .uniqueElements(r -> r.year() + "/" + r.organisationCode());
    }

    @Property(tries = 200)
    void surveyResultsWrittenAsCsvReadBackEqual(@ForAll("results") @Size(min = 1) List<StaffSurveyResult> results) {
        StaffSurveyResults written = StaffSurveyResults.of(results);

        SurveyImport<StaffSurveyResults> read = StaffSurveyResults.parse(written.toCsv());

        assertThat(read.problems()).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(written);
        assertThat(read.orElseThrow().toCsv()).isEqualTo(written.toCsv());
    }
}
