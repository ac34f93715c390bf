package uk.nhs.coproduction.model.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A source a framework edition was taken from: a publication, with its publisher and, where it
 * is online, its address.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the publication's title
 * @param publisher who published it
 * @param url where it can be read, or null
 * @since 0.1.0
 */
public record Source(
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 200) String publisher,
        @Nullable URI url) {

    /**
     * Rejects nulls other than the address.
     *
     * @param title the publication's title
     * @param publisher who published it
     * @param url where it can be read, or null
     */
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
    }
}
