package uk.nhs.coproduction.alwaysevents.goals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartSpec;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.Outcome;
import uk.nhs.coproduction.alwaysevents.measurement.RuleSet;
import uk.nhs.coproduction.alwaysevents.measurement.Series;

/**
 * The second national goal as a tracked measure: yearly NHS Staff Survey results, for one or more
 * organisations, on the question of {@link StaffSurveyQuestion}, read from a CSV file and charted.
 *
 * <pre>{@code
 * SurveyImport<StaffSurveyResults> read = StaffSurveyResults.parse(Files.readString(file));
 * if (read instanceof SurveyImport.Accepted<StaffSurveyResults> accepted) {
 *     ChartAnalysis chart = accepted.value().chart("RV9", StaffSurveyQuestion.standard()).orElseThrow();
 * } else {
 *     read.problems().forEach(p -> System.err.println(p.describe()));
 * }
 * }</pre>
 *
 * <h2>The file</h2>
 * A header row, then one row per organisation and year. The headings are matched ignoring case,
 * spaces and punctuation, and several names are accepted for each column: {@code year} (or
 * "survey year"); {@code organisation code} ("org code", "ODS code", "trust code", "code"); {@code
 * percentage agreeing} ("percent", "% agreeing", "score"), or {@code count agreeing} ("number
 * agreeing", "agreeing") with {@code number responding} ("responses", "respondents", "base", "n").
 * Other columns, such as the organisation's name, are ignored. When both a percentage and counts
 * are given they must agree to within half a percentage point. Every problem is reported with its
 * row and column, and a file with any problem gives no results at all.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 * @provisional the accepted headings may grow
 */
public final class StaffSurveyResults {

    private static final Comparator<StaffSurveyResult> ORDER = Comparator
            .comparing(StaffSurveyResult::organisationCode).thenComparingInt(StaffSurveyResult::year);

    private final List<StaffSurveyResult> results;

    private StaffSurveyResults(List<StaffSurveyResult> results) {
        this.results = results;
    }

    /**
     * {@return the results, sorted by organisation code, then year}
     *
     * @param results the results, in any order
     * @throws IllegalArgumentException if two are for the same organisation and year
     */
    public static StaffSurveyResults of(Collection<StaffSurveyResult> results) {
        Objects.requireNonNull(results, "results");
        Set<String> seen = new HashSet<>();
        for (StaffSurveyResult result : results) {
            if (!seen.add(result.year() + "/" + result.organisationCode())) {
                throw new IllegalArgumentException("two results for " + result.organisationCode() + " in "
                        + result.year());
            }
        }
        List<StaffSurveyResult> sorted = new ArrayList<>(results);
        sorted.sort(ORDER);
        return new StaffSurveyResults(List.copyOf(sorted));
    }

    /**
     * {@return the results the CSV text holds, or every problem with its row and column}
     *
     * @param csv the file's text (a byte order mark and any line ends are accepted)
     */
    public static SurveyImport<StaffSurveyResults> parse(String csv) {
        Objects.requireNonNull(csv, "csv");
        return SurveyCsv.parse(csv);
    }

    /** {@return every result, by organisation code, then year} */
    public List<StaffSurveyResult> results() {
        return results;
    }

    /** {@return the organisations' codes, each once, sorted} */
    public List<String> organisations() {
        TreeSet<String> codes = new TreeSet<>();
        results.forEach(r -> codes.add(r.organisationCode()));
        return List.copyOf(codes);
    }

    /**
     * {@return one organisation's results, oldest year first}
     *
     * @param organisationCode the organisation's code (ignoring case)
     */
    public List<StaffSurveyResult> forOrganisation(String organisationCode) {
        String code = organisationCode.toUpperCase(Locale.ROOT);
        return results.stream().filter(r -> r.organisationCode().equals(code)).toList();
    }

    /**
     * {@return one organisation's percentages agreeing, one point per year (labelled like
     * {@code 2024}), oldest first; years without a result are left out; refused when the
     * organisation has no results}
     *
     * @param organisationCode the organisation's code (ignoring case)
     */
    public Outcome<Series> series(String organisationCode) {
        Series.Builder builder = Series.values();
        forOrganisation(organisationCode).forEach(r -> builder.add(Integer.toString(r.year()), r.percentAgreeing()));
        return builder.build();
    }

    /**
     * {@return the chart of one organisation's yearly percentages, of the type the question's data
     * names, with the Making Data Count rules and improvement upwards; refused when the
     * organisation has no results, or too few for that chart}
     *
     * @param organisationCode the organisation's code (ignoring case)
     * @param question the question, which names the chart
     */
    public Outcome<ChartAnalysis> chart(String organisationCode, StaffSurveyQuestion question) {
        ChartSpec spec = ChartSpec.of(question.chartType(), RuleSet.makingDataCount())
                .withImprovement(ImprovementDirection.INCREASE);
        return series(organisationCode).flatMap(spec::analyse);
    }

    /**
     * {@return the results as CSV (comma-separated, CRLF line ends) with the headings {@code
     * year,organisation_code,percent_agreeing,count_agreeing,number_responding}; {@link #parse}
     * reads it back to equal results}
     */
    public String toCsv() {
        return SurveyCsv.write(results);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffSurveyResults that && results.equals(that.results);
    }

    @Override
    public int hashCode() {
        return results.hashCode();
    }

    @Override
    public String toString() {
        return "StaffSurveyResults[" + results.size() + " results, " + organisations().size() + " organisations]";
    }
}
