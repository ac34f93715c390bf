package uk.nhs.coproduction.app.web.portfolio;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * What {@code portfolio/summary.jte} shows: the summary table of the projects the filters keep,
 * the filters with their counts, and the links to the same rows as CSV and JSON.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param page the page's title and section
 * @param rows one row per project kept, in the portfolio's order
 * @param shown how many projects the filters keep
 * @param total how many projects can be read
 * @param damaged how many projects cannot be read and are left out
 * @param filters the area and phase filters, each option with its count over every project
 * @param applied what the filters keep, in words, or "" when they keep everything
 * @param csvHref the CSV export with the same filters
 * @param apiHref the JSON with the same filters
 * @param rungNote why the ladder rung column says what it says
 */
public record PortfolioView(Page page, List<Row> rows, int shown, int total, int damaged, List<Filter> filters,
        String applied, String csvHref, String apiHref, String rungNote) {

    /** Copies the lists. */
    public PortfolioView {
        rows = List.copyOf(rows);
        filters = List.copyOf(filters);
    }

    /** {@return "3 of 10 projects", or "10 projects" when every project is shown} */
    public String countText() {
        String projects = total == 1 ? " project" : " projects";
        return shown == total ? total + projects : shown + " of " + total + projects;
    }

    /**
     * One project's row.
     *
     * @param id the project's id
     * @param href its page
     * @param title its title
     * @param area its area of focus
     * @param phase the phase's name in the workflow
     * @param status active, paused or closed, in words
     * @param progress the progress score and its level, or "Not set"
     * @param rung the ladder rung, or "Not assessed"
     * @param measures its measures, the outcome first
     */
    public record Row(String id, String href, String title, String area, String phase, String status, String progress,
            String rung, List<Measure> measures) {

        /** Copies the list. */
        public Row {
            measures = List.copyOf(measures);
        }

        /** {@return how many table rows the project spans: one per measure, at least one} */
        public int span() {
            return Math.max(1, measures.size());
        }

        /** {@return the first measure, shown on the project's own table row, or null if it has none} */
        public @Nullable Measure firstMeasure() {
            return measures.isEmpty() ? null : measures.get(0);
        }

        /** {@return the measures after the first, each on a table row of its own} */
        public List<Measure> otherMeasures() {
            return measures.isEmpty() ? List.of() : measures.subList(1, measures.size());
        }
    }

    /**
     * One measure of a project.
     *
     * @param name the measure's name
     * @param role outcome, process or balancing, in words
     * @param latest the latest value with its period, or why there is none
     * @param charted whether there is a latest value (the icons are shown only then)
     * @param variation the variation icon, or null when the chart gives none
     * @param assurance the assurance icon, or null when the chart gives none
     * @param variationMissing what to say when there is no variation icon
     * @param assuranceMissing what to say when there is no assurance icon
     */
    public record Measure(String name, String role, String latest, boolean charted, @Nullable Icon variation,
            @Nullable Icon assurance, String variationMissing, String assuranceMissing) {
    }

    /**
     * A Making Data Count icon as the page draws it: a coloured circle with a letter, its text
     * alternative, and a short label beside it so that colour is never the only carrier of meaning.
     *
     * @param code the icon's name, such as {@code improvement_high}
     * @param colour the circle's colour, the same as the charts use
     * @param letter the letter in the circle (H, L, P, F or ?), or "" for none
     * @param label the short label shown beside the icon
     * @param description what the icon means, its text alternative
     */
    public record Icon(String code, String colour, String letter, String label, String description) {
    }

    /**
     * A group of checkboxes of the filter form.
     *
     * @param name the query parameter, {@code area} or {@code phase}
     * @param legend the fieldset's legend
     * @param options the choices
     */
    public record Filter(String name, String legend, List<Option> options) {

        /** Copies the list. */
        public Filter {
            options = List.copyOf(options);
        }
    }

    /**
     * One checkbox of a filter.
     *
     * @param id the element id
     * @param value the value sent
     * @param label the label
     * @param count how many projects of the whole portfolio have this value
     * @param checked whether it is chosen now
     */
    public record Option(String id, String value, String label, int count, boolean checked) {
    }
}
