/**
 * Source checks for tests: {@link uk.nhs.coproduction.testing.sources.SinceTags} (every API type
 * says which release added it) and {@link uk.nhs.coproduction.testing.sources.ReadmeSnippets}
 * (the README's Java examples are held, as printed, by a test). Test support only; not published.
 */
module uk.nhs.coproduction.testing.sources {
    requires org.assertj.core;

    exports uk.nhs.coproduction.testing.sources;
}
