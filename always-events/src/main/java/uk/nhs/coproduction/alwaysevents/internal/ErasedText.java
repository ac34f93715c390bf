package uk.nhs.coproduction.alwaysevents.internal;

/**
 * The text an erased free-text field holds, here at the bottom of the layers so that value types
 * with rules about their text (a vision statement must say "always") can accept it.
 */
public final class ErasedText {

    /** What an erased free-text field holds instead of the words. */
    public static final String MARKER = "[erased]";

    private ErasedText() {
    }
}
