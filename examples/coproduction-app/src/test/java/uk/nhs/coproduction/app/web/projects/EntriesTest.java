package uk.nhs.coproduction.app.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.app.web.site.FieldError;

/** What a person enters, checked before a project is asked: every field named, nothing entered repeated. */
class EntriesTest {

    @Property(tries = 200)
    void countsRoundTripThroughTheirDigits(@ForAll @IntRange(min = 0, max = 999_999_999) int count) {
        assertThat(MeasurementEntry.count(Integer.toString(count))).isEqualTo(count);
        assertThat(MeasurementEntry.count(" " + count + " ")).isEqualTo(count);
    }

    @Property(tries = 200)
    void negativeNumbersAreNotCounts(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int count) {
        assertThat(MeasurementEntry.count(Integer.toString(count))).isNull();
    }

    @Test
    void whatIsNotAWholeNumberIsNotACount() {
        for (String text : new String[] {"", "1.5", "1e3", "twenty", "0x10", "+3", "1 000", "9999999999", "٣"}) {
            assertThat(MeasurementEntry.count(text)).as(text).isNull();
        }
    }

    @Test
    void aValidMeasurementBecomesTheLibrarysCommand() {
        Checked<MeasurementEntry> checked = MeasurementEntry.check(" 2024-05 ", "19", "20");
        assertThat(checked).isInstanceOf(Checked.Valid.class);
        MeasurementEntry entry = ((Checked.Valid<MeasurementEntry>) checked).value();
        assertThat(entry.command().period()).isEqualTo("2024-05");
        assertThat(entry.command().numerator()).isEqualTo(19);
        assertThat(entry.command().denominator()).isEqualTo(20);
    }

    @Test
    void everyWrongFieldOfAMeasurementIsNamed() {
        assertThat(fields(MeasurementEntry.check(null, null, null))).containsExactly("period", "numerator",
                "denominator");
        assertThat(fields(MeasurementEntry.check("x".repeat(33), "5", "4"))).containsExactly("period", "numerator");
        Checked<MeasurementEntry> secret = MeasurementEntry.check("2024-05", "Jane Smith", "20");
        assertThat(((Checked.Invalid<MeasurementEntry>) secret).errors()).extracting(FieldError::message)
                .noneMatch(m -> m.contains("Jane"));
    }

    @Test
    void aNewProjectNeedsAnIdTitleOrganisationAndFocus() {
        LocalDate today = LocalDate.of(2024, 3, 4);
        Checked<StartEntry> valid = StartEntry.check("ward-7", "Calls home", "Trust", "Ward 7", "", today, false);
        assertThat(((Checked.Valid<StartEntry>) valid).value().command().startedOn()).isEqualTo(today);
        assertThat(fields(StartEntry.check("../x", " ", null, "Ward 7", "4 March", today, false)))
                .containsExactly("id", "title", "organisation", "startedOn");
        // Lengths are the library's own constraints on the command, checked once every field reads.
        Checked<StartEntry> long_ = StartEntry.check("../x", "T", "O", "y".repeat(501), "", today, false);
        assertThat(fields(long_)).containsExactly("id", "areaOfFocus");
        assertThat(((Checked.Invalid<StartEntry>) long_).errors().get(1).message()).startsWith("Area of focus")
                .contains("500").doesNotContain("yyy");
        assertThat(((Checked.Invalid<StartEntry>) StartEntry.check("nul", "T", "O", "A", null, today, false)).errors()
                .get(0).message()).contains("reserve");
        assertThat(((Checked.Valid<StartEntry>) StartEntry.check("w", "T", "O", "A", "2023-12-01", today, false)).value()
                .command().startedOn()).isEqualTo(LocalDate.of(2023, 12, 1));
    }

    private static java.util.List<String> fields(Checked<?> checked) {
        assertThat(checked).isInstanceOf(Checked.Invalid.class);
        return ((Checked.Invalid<?>) checked).errors().stream().map(FieldError::field).toList();
    }
}
