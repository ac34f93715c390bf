package uk.nhs.coproduction.alwaysevents.goals;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.goals.internal.GoalsDocument;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * The second national goal's source: the NHS Staff Survey's question on whether feedback from
 * patients and service users is used to make informed decisions, with its wording as versioned
 * data ({@link #standard()} reads the bundled edition).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param edition where the wording comes from, and how far it can be trusted
 * @param wording the statement staff are asked to agree or disagree with
 * @param questionNumber the question's number in the survey, or null where it is not given (the
 *     number changes from year to year)
 * @param measure what the figures are, in words
 * @param chartType the chart the yearly results are drawn on
 * @param whyThisChart why that chart, in words
 * @since 0.1.0
 * @provisional the wording may gain one entry per survey year
 */
public record StaffSurveyQuestion(FrameworkEdition edition, String wording, @Nullable String questionNumber,
        String measure, ChartType chartType, String whyThisChart) {

    /**
     * Checks the components.
     *
     * @param edition where the wording comes from
     * @param wording the statement staff are asked about
     * @param questionNumber the question's number, or null
     * @param measure what the figures are
     * @param chartType the chart the results are drawn on
     * @param whyThisChart why that chart
     */
    public StaffSurveyQuestion {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(chartType, "chartType");
        CoProductionDefinition.requireText(wording, "wording");
        CoProductionDefinition.requireText(measure, "measure");
        CoProductionDefinition.requireText(whyThisChart, "whyThisChart");
        if (chartType.needsSubgroups() || chartType.needsCounts()) {
            throw new IllegalArgumentException("chartType: the results are charted as one percentage per year, so a "
                    + chartType.title() + " does not fit");
        }
    }

    /** {@return the bundled question, read once from its JSON document} */
    public static StaffSurveyQuestion standard() {
        return Standard.QUESTION;
    }

    /** {@return the question's number, when the data gives one} */
    public Optional<String> number() {
        return Optional.ofNullable(questionNumber);
    }

    private static final class Standard {
        static final StaffSurveyQuestion QUESTION = GoalsDocument.staffSurveyQuestion();
    }
}
