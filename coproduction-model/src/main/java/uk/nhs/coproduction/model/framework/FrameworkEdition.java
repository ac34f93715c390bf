package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.model.internal.Copies;

/**
 * Which edition of a framework this is: its title, publisher, edition and date, the sources its
 * wording was taken from, and how far that wording can be trusted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the framework's title
 * @param publisher who published the framework (for an organisation's own edition, the
 *     organisation)
 * @param edition the edition's name or version, such as "2016" or "v3"
 * @param date the edition's date, as precisely as the source gives it, or null if the source is
 *     undated (the confidence note should then say so)
 * @param sources the sources the wording was taken from; at least one
 * @param confidence how far the wording can be trusted; items may say otherwise for themselves
 * @since 0.1.0
 */
public record FrameworkEdition(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 200) String publisher,
        @NotBlank @Size(max = 100) String edition,
        @Nullable EditionDate date,
        @NotEmpty @Size(max = 50) List<@Valid Source> sources,
        @Valid Confidence confidence) {

    /**
     * Copies the sources; rejects nulls.
     *
     * @param title the framework's title
     * @param publisher who published the framework (for an organisation's own edition, the
     *     organisation)
     * @param edition the edition's name or version, such as "2016" or "v3"
     * @param date the edition's date, as precisely as the source gives it, or null if the source is
     *     undated (the confidence note should then say so)
     * @param sources the sources the wording was taken from; at least one
     * @param confidence how far the wording can be trusted; items may say otherwise for themselves
     */
    public FrameworkEdition {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(edition, "edition");
        sources = Copies.list(sources, "sources");
        Objects.requireNonNull(confidence, "confidence");
    }

    /**
     * Reads like "Coalition for Collaborative Care, edition 2016 (2016)", or "(undated)".
     *
     * @return a one-line citation of the edition
     */
    public String citation() {
        return publisher + ", edition " + edition + " (" + (date == null ? "undated" : date.toString()) + ")";
    }
}
