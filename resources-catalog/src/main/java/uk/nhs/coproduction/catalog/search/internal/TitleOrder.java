package uk.nhs.coproduction.catalog.search.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key titles are sorted by: accents removed (decomposed, combining marks dropped) and lower
 * case, so "Álpha", "alpha" and "ALPHA" sort together and before "beta".
 */
public final class TitleOrder {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TitleOrder() {
    }

    /** The sort key of a title. */
    public static String key(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
