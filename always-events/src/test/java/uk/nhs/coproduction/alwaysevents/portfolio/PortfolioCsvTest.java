package uk.nhs.coproduction.alwaysevents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.project.Phase;

class PortfolioCsvTest {

    @Test
    void theCsvHasAHeaderAndOneLinePerProjectAndMeasure() {
        String csv = Portfolio.of(List.of(Projects.project("b", "Phones, at night", "Ward 2, \"east\"", Phase.TEST, 10, 12, 11),
                Projects.project("a", "Welcome", "Ward 1", Phase.CO_DESIGN))).toCsv();

        List<List<String>> table = parse(csv);
        assertThat(table.get(0)).isEqualTo(PortfolioCsv.HEADER);
        assertThat(table).hasSize(3);
        assertThat(table.get(1)).containsExactly("a", "Welcome", "Ward 1", "CO_DESIGN", "Co-design", "active", "", "",
                PortfolioMeasure.RELIABILITY, "outcome", "", "", "", "", "", "No aim stated yet");
        assertThat(table.get(2).subList(0, 3)).containsExactly("b", "Phones, at night", "Ward 2, \"east\"");
        assertThat(table.get(2).subList(10, 15)).containsExactly("2017-01", "55.0", "%", "common_cause", "");
        assertThat(csv).contains("\"Phones, at night\"", "\"Ward 2, \"\"east\"\"\"").endsWith("\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreDefused() {
        String csv = Portfolio.of(List.of(Projects.project("a", "=HYPERLINK(\"x\")", "@ward", Phase.TEST),
                Projects.project("b", "+1", "-2", Phase.TEST))).toCsv();

        List<List<String>> table = parse(csv);
        assertThat(table.get(1).subList(1, 3)).containsExactly("'+1", "'-2");
        assertThat(table.get(2).subList(1, 3)).containsExactly("'=HYPERLINK(\"x\")", "'@ward");
    }

    @Property
    void anyCellReadsBackAsWrittenOrDefused(@ForAll String text) {
        List<List<String>> table = parse(PortfolioCsv.cell(text) + "\r\n");

        String expected = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        assertThat(table).containsExactly(List.of(expected));
    }

    /** A strict RFC 4180 reader, for reading the export back. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("unquoted special character at %d", i).isNotIn('"', '\r', '\n');
                cell.append(c);
            }
            i++;
        }
        assertThat(row).as("text after the last line end").isEmpty();
        return rows;
    }
}
