package uk.nhs.coproduction.catalog.search;

import java.util.List;

/**
 * Text with the parts that matched the query marked, as structured fragments so the page can
 * escape the text and wrap the highlights in {@code <mark>} itself.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fragments the text in order, never null
 * @since 0.1.0
 */
public record Snippet(List<Fragment> fragments) {

    /**
     * A run of text, highlighted or not.
     *
     * @param text the text, never null
     * @param highlighted whether it matched the query
     * @since 0.1.0
     */
    public record Fragment(String text, boolean highlighted) {
    }

    /**
     * Copies the list.
     *
     * @param fragments the text in order, never null
     */
    public Snippet {
        fragments = List.copyOf(fragments);
    }

    /**
     * {@return text with nothing highlighted}
     *
     * @param text the text, never null
     */
    public static Snippet plain(String text) {
        return new Snippet(text.isEmpty() ? List.of() : List.of(new Fragment(text, false)));
    }

    /** {@return whether any part is highlighted} */
    public boolean hasHighlights() {
        return fragments.stream().anyMatch(Fragment::highlighted);
    }

    /** {@return the words that are highlighted, in order} */
    public List<String> highlights() {
        return fragments.stream().filter(Fragment::highlighted).map(Fragment::text).toList();
    }

    /** {@return the text without marks} */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        fragments.forEach(f -> text.append(f.text()));
        return text.toString();
    }

    /** The text with highlights in square brackets, for logs and tests: {@code a [match] here}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        fragments.forEach(f -> text.append(f.highlighted() ? "[" + f.text() + "]" : f.text()));
        return text.toString();
    }
}
