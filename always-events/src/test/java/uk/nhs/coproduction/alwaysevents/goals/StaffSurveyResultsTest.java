package uk.nhs.coproduction.alwaysevents.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;

class StaffSurveyResultsTest {

    private static List<String> problems(String csv) {
        SurveyImport<StaffSurveyResults> read = StaffSurveyResults.parse(csv);
        assertThat(read.isAccepted()).isFalse();
        return read.problems().stream().map(SurveyProblem::describe).toList();
    }

    @Test
    void headingsAreMatchedLiberallyAndOtherColumnsIgnored() {
        String csv = "\uFEFFSurvey Year,Organisation name,ORG_CODE,% agreeing,Responses\r\n"
                + "2022,\"Example Trust, invented\",rv9,58.2%,\"1,204\"\n"
                + "\n"
                + "2023,\"Example Trust, invented\",RV9,61,1180\n";

        StaffSurveyResults results = StaffSurveyResults.parse(csv).orElseThrow();

        assertThat(results.results()).containsExactly(new StaffSurveyResult(2022, "RV9", 58.2, null, 1204),
                new StaffSurveyResult(2023, "RV9", 61, null, 1180));
        assertThat(results.organisations()).containsExactly("RV9");
    }

    @Test
    void countsGiveThePercentage() {
        StaffSurveyResults results = StaffSurveyResults.parse("year,org code,number agreeing,number responding\n"
                + "2024,RV9,300,400\n").orElseThrow();

        assertThat(results.results().get(0).percentAgreeing()).isEqualTo(75.0);
        assertThat(results.results().get(0).agreeingCount()).hasValue(300);
    }

    @Test
    void everyProblemNamesItsRowAndColumn() {
        List<String> problems = problems("year,organisation code,percentage agreeing,number responding\n"
                + "20x4,RV9,55,100\n"
                + "2024,R V9,55,100\n"
                + "2025,RV9,101,100\n"
                + "2026,RV9,55,0\n"
                + "2027,RV9,55\n"
                + "2028,RV9,,100\n");

        assertThat(problems).containsExactly(
                "row 2, column year: must be a year from 1990 to 2100, such as 2024",
                "row 3, column organisation code: must be the organisation's code: 1 to 12 letters and digits, such as RV9",
                "row 4, column percentage agreeing: must be a percentage from 0 to 100, such as 62.4",
                "row 5, column number responding: must be a whole number of staff, at least 1",
                "row 6: has 3 cells but the header has 4",
                "row 7, column percentage agreeing: is empty: give the percentage of staff agreeing, from 0 to 100");
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsRefusedOnRowOne() {
        assertThat(problems("when,where,what\n2024,RV9,55\n")).containsExactly(
                "row 1: no year column: the header needs one (such as year)",
                "row 1: no organisation_code column: the header needs one (such as organisation code)",
                "row 1: no percent_agreeing or count_agreeing column: the header needs one (such as percentage "
                        + "agreeing, or count agreeing with number responding)");
        assertThat(problems("year,code,agreeing\n2024,RV9,5\n")).containsExactly(
                "row 1, column agreeing: a count of staff agreeing needs a number_responding column too");
        assertThat(problems("year,code,percent,score\n2024,RV9,5,5\n")).containsExactly(
                "row 1, column score: is a second column for percent_agreeing (the first is percent): keep one");
    }

    @Test
    void aRepeatedYearCountsThatDisagreeAndEmptyFilesAreRefused() {
        assertThat(problems("year,code,percent\n2024,RV9,50\n2024,rv9,51\n")).containsExactly(
                "row 3, column year: a second result for 2024 and this organisation (the first is on row 2): keep one");
        assertThat(problems("year,code,percent,agreeing,n\n2024,RV9,50,30,40\n")).containsExactly(
                "row 2, column percent: does not match the counts: 75% of staff responding agreed");
        assertThat(problems("year,code,agreeing,n\n2024,RV9,50,40\n")).containsExactly(
                "row 2, column agreeing: is more than the number responding (n)");
        assertThat(problems("")).singleElement().asString().startsWith("row 1: the file is empty");
        assertThat(problems("year,code,percent\r\n")).containsExactly(
                "row 2: the file has a header but no results: add one row per year");
        assertThat(problems("year,code,percent\n2024,\"RV9,50\n")).containsExactly(
                "row 2: a quoted cell is not closed: add the closing quote");
    }

    @Test
    void aRefusalThrowsWithEveryProblemOnItsOwnLine() {
        assertThatThrownBy(() -> StaffSurveyResults.parse("year,code,percent\nx,RV9,50\n2024,RV9,y\n").orElseThrow())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The import was refused (2 problems):\n  row 2, column year: must be a year from 1990 to "
                        + "2100, such as 2024\n  row 3, column percent: must be a percentage from 0 to 100, such as 62.4");
    }

    @Test
    void theYearlyResultsAreChartedAsTheQuestionsDataSays() {
        StaffSurveyResults results = StaffSurveyResults.parse("year,code,percent\n2021,RV9,55\n2022,RV9,57.5\n"
                + "2023,RV9,56\n2024,RV9,60\n2024,RXX,40\n").orElseThrow();
        StaffSurveyQuestion question = StaffSurveyQuestion.standard();

        ChartAnalysis chart = results.chart("rv9", question).orElseThrow();

        assertThat(question.chartType()).isEqualTo(ChartType.XMR);
        assertThat(chart.chartType()).isEqualTo(ChartType.XMR);
        assertThat(chart.points()).extracting(p -> p.period()).containsExactly("2021", "2022", "2023", "2024");
        assertThat(results.series("RXX").orElseThrow().size()).isEqualTo(1);
        assertThat(results.series("NONE").isAccepted()).isFalse();
    }

    @Test
    void theQuestionsWordingIsVersionedDataWithItsSource() {
        StaffSurveyQuestion question = StaffSurveyQuestion.standard();

        assertThat(question.wording()).contains("patients / service users", "informed decisions");
        assertThat(question.number()).isEmpty();
        assertThat(question.edition().sources().get(0).title()).contains("NHS Staff Survey");
        assertThat(question.whyThisChart()).contains("few points");
    }
}
