package uk.nhs.coproduction.model.personaldetails;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the check, over generated NHS numbers, email addresses and telephone numbers. */
class PersonalDetailsCheckPropertiesTest {

    /** Ten digits whose check digit is right: nine at random and the Modulus 11 digit, skipping those with none. */
    @Provide
    Arbitrary<String> nhsNumbers() {
        return Arbitraries.strings().numeric().ofLength(9).map(PersonalDetailsCheckPropertiesTest::withCheckDigit)
                .filter(s -> s != null);
    }

    static String withCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 10) {
            return null;
        }
        return nine + (check == 11 ? 0 : check);
    }

    static String spaced(String ten) {
        return ten.substring(0, 3) + " " + ten.substring(3, 6) + " " + ten.substring(6);
    }

    @Property
    void everyValidNhsNumberIsFoundTogetherOrSpaced(@ForAll("nhsNumbers") String number,
            @ForAll("prose") String before, @ForAll("prose") String after) {
        for (String written : List.of(number, spaced(number))) {
            String text = before + " " + written + " " + after;
            PersonalDetailsCheck check = PersonalDetailsCheck.of(text);
            assertThat(check.suspicions()).anySatisfy(s -> {
                assertThat(s.kind()).isEqualTo(DetailKind.NHS_NUMBER);
                assertThat(text.substring(s.start(), s.end())).isEqualTo(written);
            });
        }
    }

    @Property
    void changingOneDigitBreaksTheCheckAndIsNotTakenForAnNhsNumber(@ForAll("nhsNumbers") String number,
            @ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int by) {
        char[] digits = number.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + by) % 10);
        String changed = new String(digits);

        assertThat(PersonalDetailsCheck.isNhsNumber(changed)).isFalse();
        assertThat(PersonalDetailsCheck.of(changed).kinds()).doesNotContain(DetailKind.NHS_NUMBER);
        assertThat(PersonalDetailsCheck.of(spaced(changed)).kinds()).doesNotContain(DetailKind.NHS_NUMBER);
    }

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<String> local = Combinators.combine(word, Arbitraries.of("", ".", "_", "+", "-"), word)
                .as((a, sep, b) -> sep.isEmpty() ? a : a + sep + b);
        Arbitrary<String> tld = Arbitraries.of("org", "net", "com", "uk", "nhs.uk", "co.uk", "scot");
        return Combinators.combine(local, word, tld).as((l, d, t) -> l + "@" + d + "." + t);
    }

    @Property
    void everyGeneratedEmailAddressIsFound(@ForAll("emails") String email, @ForAll("prose") String before) {
        String text = before + " " + email + ".";
        assertThat(PersonalDetailsCheck.of(text).suspicions()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(DetailKind.EMAIL_ADDRESS);
            assertThat(text.substring(s.start(), s.end())).isEqualTo(email);
        });
    }

    /** UK numbers: a mobile (07), a geographic (01, 02) or a non-geographic (03, 08) number, in the ways people write them. */
    @Provide
    Arbitrary<String> telephoneNumbers() {
        Arbitrary<String> national = Combinators.combine(Arbitraries.of("7", "1", "2", "3", "8"),
                Arbitraries.strings().numeric().ofLength(9)).as((first, rest) -> first + rest);
        return Combinators.combine(national, Arbitraries.of(0, 1, 2, 3, 4, 5)).as((n, style) -> switch (style) {
            case 0 -> "0" + n;
            case 1 -> "0" + n.substring(0, 4) + " " + n.substring(4);
            case 2 -> "0" + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
            case 3 -> "+44 " + n.substring(0, 4) + " " + n.substring(4);
            case 4 -> "+44 (0)" + n.substring(0, 2) + " " + n.substring(2, 6) + " " + n.substring(6);
            default -> "(0" + n.substring(0, 4) + ") " + n.substring(4);
        });
    }

    @Property
    void everyGeneratedTelephoneNumberIsFound(@ForAll("telephoneNumbers") String number, @ForAll("prose") String before) {
        String text = before + " " + number + " " + before;
        assertThat(PersonalDetailsCheck.of(text).suspicions()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(DetailKind.TELEPHONE_NUMBER);
            assertThat(text.substring(s.start(), s.end())).isEqualTo(number);
        });
    }

    /** Lower-case words, as ordinary prose around a detail. */
    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of("you said", "we did", "please", "what matters to me is", "", "on the ward")
                .list().ofMaxSize(4).map(words -> String.join(" ", words));
    }

    /** Dates, percentages, periods, counts and version numbers, joined as a sentence would join them. */
    @Provide
    Arbitrary<String> figures() {
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(1948, 2099),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> period = Combinators.combine(Arbitraries.integers().between(1948, 2099),
                Arbitraries.integers().between(1, 12)).as((y, m) -> String.format("%04d-%02d", y, m));
        Arbitrary<String> percent = Arbitraries.doubles().between(0, 100).ofScale(1).map(p -> p + "%");
        Arbitrary<String> count = Arbitraries.integers().between(0, 100_000).map(String::valueOf);
        Arbitrary<String> fraction = Combinators.combine(count, count).as((a, b) -> a + " of " + b);
        Arbitrary<String> version = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 9999))
                .as((a, b, c) -> a + "." + b + "." + c);
        return Arbitraries.oneOf(date, period, percent, fraction, version).list().ofMinSize(1).ofMaxSize(5)
                .map(parts -> String.join(", ", parts));
    }

    @Property
    void datesFiguresAndVersionNumbersAreClear(@ForAll("figures") String text) {
        assertThat(PersonalDetailsCheck.of(text).isClear()).as(text).isTrue();
    }
}
