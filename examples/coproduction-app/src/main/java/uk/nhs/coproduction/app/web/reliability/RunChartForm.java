package uk.nhs.coproduction.app.web.reliability;

import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The model of the run-chart page ({@code reliability/run-chart.jte}): the form, as sent, and the
 * result when the data were accepted.
 *
 * @param page the layout's page
 * @param errors the errors, shown in the summary and next to their field
 * @param csv the measurements pasted
 * @param aim the aim as entered, a percentage
 * @param title the chart's title as entered, or ""
 * @param result the chart and what it shows, or null
 */
public record RunChartForm(Page page, FormErrors errors, String csv, String aim, String title,
        @Nullable Result result) {

    /**
     * What the measurements show.
     *
     * @param summary the latest period, how many periods met the aim, and sustainment, in sentences
     * @param sustained "Sustained", "Not sustained" or "Not enough data yet", in words
     * @param chart the chart with its table
     */
    public record Result(String summary, String sustained, ChartView chart) {
    }
}
