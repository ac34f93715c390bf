package uk.nhs.coproduction.model.personaldetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Examples of what the check finds and, as importantly, what it leaves alone. */
class PersonalDetailsCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"Write to sam.jones@example.org about it", "a.b+ward7@nhs.net", "Contact X@Y.CO.UK."})
    void findsEmailAddresses(String text) {
        assertThat(PersonalDetailsCheck.of(text).kinds()).containsExactly(DetailKind.EMAIL_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ring 07700 900123 after six", "07700900123", "+44 7700 900123", "+447700900123",
            "+44 (0)20 7946 0958", "0044 113 496 0123", "(01632) 960123", "0113-496-0123", "call 020 7946 0958."})
    void findsUkTelephoneNumbers(String text) {
        assertThat(PersonalDetailsCheck.of(text).kinds()).containsExactly(DetailKind.TELEPHONE_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lives near HU3 2JZ", "SW1A 1AA", "m1 1ae", "EC1A1BB", "W1A 0AX,"})
    void findsPostcodes(String text) {
        assertThat(PersonalDetailsCheck.of(text).kinds()).containsExactly(DetailKind.POSTCODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"She lives at 12 High Street", "3a Orchard Close", "221B Baker St.", "7, Mill Lane",
            "14 St Mary's Road", "12 High street"})
    void findsStreetAddresses(String text) {
        assertThat(PersonalDetailsCheck.of(text).kinds()).containsExactly(DetailKind.STREET_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "NHS number 943 476 5919 on file", "943-476-5919", "(4010232137)"})
    void findsNhsNumbersWithARightCheckDigit(String text) {
        assertThat(PersonalDetailsCheck.of(text).kinds()).containsExactly(DetailKind.NHS_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943 476 5910", "1234567890", "943 4765919", "94347659190"})
    void tenDigitsFailingTheCheckOrBadlySpacedAreNotAnNhsNumber(String text) {
        assertThat(PersonalDetailsCheck.of(text).kinds()).doesNotContain(DetailKind.NHS_NUMBER);
    }

    @Test
    void tenDigitsWithinATelephoneNumberAreTheTelephoneNumber() {
        assertThat(PersonalDetailsCheck.isNhsNumber("1134960123")).isTrue();
        assertThat(PersonalDetailsCheck.of("0044 113 496 0123").kinds()).containsExactly(DetailKind.TELEPHONE_NUMBER);
        assertThat(PersonalDetailsCheck.of("113 496 0123").kinds()).containsExactly(DetailKind.NHS_NUMBER);
    }

    @Test
    void theCheckDigitFollowsModulus11() {
        assertThat(PersonalDetailsCheck.isNhsNumber("9434765919")).isTrue();
        assertThat(PersonalDetailsCheck.isNhsNumber("4010232137")).isTrue();
        assertThat(PersonalDetailsCheck.isNhsNumber("9434765918")).isFalse();
        // 000000001x: the sum is 2, so the check digit would be 9.
        assertThat(PersonalDetailsCheck.isNhsNumber("0000000019")).isTrue();
        // 000000006x: the sum is 12, remainder 1, check digit 10: no valid number.
        assertThat(Stream.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
                .anyMatch(d -> PersonalDetailsCheck.isNhsNumber("000000006" + d))).isFalse();
        assertThat(PersonalDetailsCheck.isNhsNumber("943476591")).isFalse();
        assertThat(PersonalDetailsCheck.isNhsNumber("943476591a")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Agreed on 2026-12-03.", "Achieved by 2027-03-31: 95% of people", "jqwik 1.9.3 and 0.1.0",
            "92.5% in 2017-06; 38 of 40", "Ward 12 and ward-7-contact", "PDSA cycle 3 on 2017-05-08",
            "Numbers 12 34 56 78 90", "Target 0.95 from 2018-04 to 2019-03", "Version 2.10.12345 released",
            "We tested it on 3 Wards for 2 Weeks", "Step 4 Way forward", "In 2017 12 people said so",
            "The rate was 1234567890 per million", "Score 3.5 (progress)", "At 20:30 on 12/03/2026"})
    void ordinaryProseDatesFiguresAndVersionsAreClear(String text) {
        assertThat(PersonalDetailsCheck.of(text)).isEqualTo(new PersonalDetailsCheck.Clear());
    }

    @Test
    void resultsGiveKindsAndPositionsButNeverTheText() {
        String text = "Email sam@example.org or ring 07700 900123";
        PersonalDetailsCheck check = PersonalDetailsCheck.of(text);

        assertThat(check.isClear()).isFalse();
        assertThat(check.suspicions()).containsExactly(
                new Suspicion(DetailKind.EMAIL_ADDRESS, 6, 21),
                new Suspicion(DetailKind.TELEPHONE_NUMBER, 30, 42));
        assertThat(text.substring(6, 21)).isEqualTo("sam@example.org");
        assertThat(check.toString()).doesNotContain("sam", "example", "07700", "900123")
                .contains("EMAIL_ADDRESS", "TELEPHONE_NUMBER");
        assertThat(check.kinds()).containsExactlyInAnyOrder(DetailKind.EMAIL_ADDRESS, DetailKind.TELEPHONE_NUMBER);
    }

    @Test
    void emptyTextIsClearAndResultsRejectNonsense() {
        assertThat(PersonalDetailsCheck.of("").isClear()).isTrue();
        assertThat(PersonalDetailsCheck.of("").kinds()).isEmpty();
        assertThatThrownBy(() -> new PersonalDetailsCheck.Suspected(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Suspicion(DetailKind.POSTCODE, 3, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsHaveStableCodesAndWords() {
        assertThat(Stream.of(DetailKind.values()).map(DetailKind::code)).containsExactly("email-address",
                "telephone-number", "postcode", "street-address", "nhs-number");
        assertThat(DetailKind.NHS_NUMBER.words()).isEqualTo("an NHS number");
    }

    /**
     * Every string of every framework edition this module bundles (the Co-Production Model's values
     * and steps, the ladder, the guidance, the policy, the alignment model): none looks personal.
     * The false-positive rate on the bundled wording is kept at zero.
     */
    @Test
    void noBundledFrameworkWordingLooksPersonal() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "."), "src/main/resources/uk/nhs/coproduction/model/json/internal");
        ObjectMapper mapper = JsonMapper.builder().build();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                strings(mapper.readTree(Files.readString(file)), texts);
            }
        }
        Map<String, Set<DetailKind>> flagged = new TreeMap<>();
        for (String text : texts) {
            PersonalDetailsCheck check = PersonalDetailsCheck.of(text);
            if (!check.isClear()) {
                flagged.put(text, check.kinds());
            }
        }
        assertThat(texts).as("bundled strings read").hasSizeGreaterThan(200);
        assertThat(flagged).as("bundled strings taken for personal details, of %d", texts.size()).isEmpty();
    }

    static void strings(JsonNode node, List<String> into) {
        if (node.isString()) {
            into.add(node.asString());
        }
        node.forEach(child -> strings(child, into));
    }
}
