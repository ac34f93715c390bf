package uk.nhs.coproduction.app.web.projects;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which rows of a long table a page shows: {@value #SIZE} at a time, the latest first (page 1 is
 * the latest {@value #SIZE}, page 2 the {@value #SIZE} before them), so a project with years of
 * weekly measurements has a page of the same size as one with a few months.
 *
 * @param page the page shown, from 1 (the latest rows)
 * @param pages how many pages there are (at least 1)
 * @param total how many rows there are in all
 * @param first the position of the first row shown, from 1 (0 when there are none)
 * @param last the position of the last row shown
 */
public record TablePage(int page, int pages, int total, int first, int last) {

    /** Rows on a page. */
    public static final int SIZE = 50;

    /**
     * The page {@code requested} of a table of {@code total} rows, or its last page if there are
     * fewer pages (an address kept from a longer table, or a number typed in).
     */
    static TablePage of(int total, int requested) {
        int pages = Math.max(1, (total + SIZE - 1) / SIZE);
        int page = Math.min(Math.max(1, requested), pages);
        int last = Math.max(0, total - (page - 1) * SIZE);
        int first = Math.max(1, last - SIZE + 1);
        return new TablePage(page, pages, total, total == 0 ? 0 : first, last);
    }

    /** The rows of {@code all} on this page, in their order. */
    <T> List<T> slice(List<T> all) {
        return total == 0 ? List.of() : all.subList(first - 1, last);
    }

    /** Whether the table has more than one page, so the page says which rows it shows. */
    public boolean paged() {
        return pages > 1;
    }

    /** The page of earlier rows, or null on the page of the earliest. */
    public @Nullable Integer earlier() {
        return page < pages ? page + 1 : null;
    }

    /** The page of later rows, or null on the page of the latest. */
    public @Nullable Integer later() {
        return page > 1 ? page - 1 : null;
    }

    /** The query parameter that names the page in a project page's address. */
    public static final String PARAMETER = "rows";

    /** Reads the page from a query parameter's text: a whole number from 1, otherwise 1. */
    static int requested(@Nullable String text) {
        if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Integer.parseInt(text);
    }
}
