package uk.nhs.coproduction.model.personaldetails;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The patterns behind {@link PersonalDetailsCheck}, one per {@link DetailKind}. */
final class Detector {

    /** A local part, an at sign, and a domain with at least one dot and a top-level domain of letters. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@"
                    + "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,}(?![A-Za-z0-9-])");

    /**
     * {@code +44}, {@code 0044} (each with an optional {@code (0)}) or {@code 0}, then ten digits,
     * the first not 0, with at most a closing bracket and one space or hyphen between digits.
     */
    private static final Pattern TELEPHONE = Pattern.compile(
            "(?<![\\w+.])(?:(?:\\+|00)44[ -]?(?:\\(0\\)[ -]?)?|\\(?0)[1-9](?:\\)?[ -]?\\d){9}(?![\\d]|[.,]\\d)");

    /** Ten digits, together or spaced (or hyphenated) 3-3-4, not part of a longer number. */
    private static final Pattern TEN_DIGITS = Pattern.compile(
            "(?<![\\d.,+])\\d{3}([ -]?)\\d{3}\\1\\d{4}(?![\\d]|[.,]\\d)");

    /** The outward code (area and district) and the inward code (sector and unit), as Royal Mail gives them. */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\w-])(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
                    + "|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}(?![\\w-])",
            Pattern.CASE_INSENSITIVE);

    /** A house number (with an optional letter), one to three capitalised words and a street word. */
    private static final Pattern STREET = Pattern.compile(
            "(?<![\\w.,-])\\d{1,4}[A-Za-z]?,? (?:[A-Z][A-Za-z'’-]* ){1,3}"
                    + "(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Crescent|Terrace|Gardens|Grove|Way|Place"
                    + "|Court|Row|Square|Mews|Walk|Parade|Rise|Hill|Green|View|Boulevard"
                    + "|(?i:street|road|lane|avenue))(?![\\w])");

    private Detector() {
    }

    static List<Suspicion> find(CharSequence text) {
        List<Suspicion> found = new ArrayList<>();
        add(found, EMAIL, DetailKind.EMAIL_ADDRESS, text);
        add(found, TELEPHONE, DetailKind.TELEPHONE_NUMBER, text);
        add(found, POSTCODE, DetailKind.POSTCODE, text);
        add(found, STREET, DetailKind.STREET_ADDRESS, text);
        Matcher digits = TEN_DIGITS.matcher(text);
        while (digits.find()) {
            // The last ten digits of +44 113 496 0123 are a telephone number's, whatever their check digit.
            int start = digits.start();
            int end = digits.end();
            boolean inTelephone = found.stream().anyMatch(s -> s.kind() == DetailKind.TELEPHONE_NUMBER
                    && s.start() <= start && end <= s.end());
            if (!inTelephone && isNhsNumber(digits.group().replace(" ", "").replace("-", ""))) {
                found.add(new Suspicion(DetailKind.NHS_NUMBER, digits.start(), digits.end()));
            }
        }
        found.sort(Comparator.comparingInt(Suspicion::start).thenComparing(Suspicion::kind));
        return found;
    }

    private static void add(List<Suspicion> found, Pattern pattern, DetailKind kind, CharSequence text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new Suspicion(kind, matcher.start(), matcher.end()));
        }
    }

    static boolean isNhsNumber(CharSequence digits) {
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 9) {
                sum += (c - '0') * (10 - i);
            }
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
