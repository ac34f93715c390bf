package uk.nhs.coproduction.catalog.resource;

/**
 * How a linked alternative differs from the resource it is an alternative to. Alternatives are
 * resources of their own, linked by id, as the Accessible Information Standard treats them as
 * first-class. {@code easyRead} is a local term: the W3C accessibility vocabulary has none.
 *
 * @since 0.1.0
 */
public enum AlternativeKind implements ControlledTerm {
    /** An Easy Read version (local term: no W3C value exists). */
    EASY_READ("easyRead"),
    /** A British Sign Language version. */
    BRITISH_SIGN_LANGUAGE("signLanguage"),
    /** A large-print version. */
    LARGE_PRINT("largePrint"),
    /** A braille version. */
    BRAILLE("braille"),
    /** An audio version. */
    AUDIO("audio"),
    /** A translation into another language (the alternative's own language says which). */
    TRANSLATION("translation");

    private final String code;

    AlternativeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
