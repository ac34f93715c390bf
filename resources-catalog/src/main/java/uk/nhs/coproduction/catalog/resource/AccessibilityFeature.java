package uk.nhs.coproduction.catalog.resource;

/**
 * An accessibility feature of a format, from the W3C accessibility discoverability vocabulary
 * (schema.org {@code accessibilityFeature}); the codes are the W3C values.
 *
 * @since 0.1.0
 */
public enum AccessibilityFeature implements ControlledTerm {
    /** Text alternatives for images. */
    ALTERNATIVE_TEXT("alternativeText"),
    /** Audio description of visual content. */
    AUDIO_DESCRIPTION("audioDescription"),
    /** Braille. */
    BRAILLE("braille"),
    /** Closed or open captions. */
    CAPTIONS("captions"),
    /** Display can be restyled (text size, colours). */
    DISPLAY_TRANSFORMABILITY("displayTransformability"),
    /** High-contrast display. */
    HIGH_CONTRAST_DISPLAY("highContrastDisplay"),
    /** Large print. */
    LARGE_PRINT("largePrint"),
    /** Long descriptions of complex images. */
    LONG_DESCRIPTION("longDescription"),
    /** A logical reading order. */
    READING_ORDER("readingOrder"),
    /** Sign language interpretation. */
    SIGN_LANGUAGE("signLanguage"),
    /** Headings and landmarks for navigation. */
    STRUCTURAL_NAVIGATION("structuralNavigation"),
    /** Synchronised text and audio. */
    SYNCHRONIZED_AUDIO_TEXT("synchronizedAudioText"),
    /** A table of contents. */
    TABLE_OF_CONTENTS("tableOfContents"),
    /** A tagged PDF. */
    TAGGED_PDF("taggedPDF"),
    /** Users control time limits and moving content. */
    TIMING_CONTROL("timingControl"),
    /** A transcript. */
    TRANSCRIPT("transcript");

    private final String code;

    AccessibilityFeature(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
