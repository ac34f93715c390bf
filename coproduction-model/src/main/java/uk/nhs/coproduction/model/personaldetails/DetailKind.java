package uk.nhs.coproduction.model.personaldetails;

/**
 * A kind of personal detail that {@link PersonalDetailsCheck} looks for in free text.
 *
 * @since 0.1.0
 */
public enum DetailKind {
    /** An email address, such as {@code name@example.org}. */
    EMAIL_ADDRESS("email-address", "an email address"),
    /** A UK telephone number: {@code 07…} or {@code 01…}/{@code 02…} with 11 digits, or {@code +44}. */
    TELEPHONE_NUMBER("telephone-number", "a telephone number"),
    /** A UK postcode, such as {@code HU3 2JZ}. */
    POSTCODE("postcode", "a postcode"),
    /** A house number and a street, such as "12 High Street". */
    STREET_ADDRESS("street-address", "a street address"),
    /** Ten digits, together or spaced 3-3-4, whose Modulus 11 check digit is right. */
    NHS_NUMBER("nhs-number", "an NHS number");

    private final String code;
    private final String words;

    DetailKind(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** {@return the kind as a stable lower-case code, such as {@code nhs-number}, for an API} */
    public String code() {
        return code;
    }

    /** {@return the kind in plain English with its article, such as "an NHS number"} */
    public String words() {
        return words;
    }
}
