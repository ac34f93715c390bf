package uk.nhs.coproduction.catalog.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import uk.nhs.coproduction.catalog.exchange.internal.VocabulariesCodec;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * The vocabularies' JSON form: the edition bundled with the library ({@link #bundled()}) and any
 * other edition an organisation keeps in the same form ({@link #read(InputStream)}).
 *
 * <p>This class is thread-safe; the bundled edition is read once, on first use.
 *
 * @since 0.1.0
 */
public final class VocabulariesJson {

    private static final String BUNDLED = "vocabularies.json";

    private VocabulariesJson() {
    }

    /** {@return the edition bundled with the library, never null} */
    public static Vocabularies bundled() {
        return BundledHolder.INSTANCE;
    }

    /**
     * Reads vocabularies in the bundled JSON form.
     *
     * @param json the JSON bytes; not closed
     * @return the vocabularies
     * @throws IllegalArgumentException naming the property that is wrong
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Vocabularies read(InputStream json) {
        return VocabulariesCodec.read(json);
    }

    private static final class BundledHolder {
        static final Vocabularies INSTANCE = load();

        private static Vocabularies load() {
            try (InputStream in = VocabulariesJson.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("bundled " + BUNDLED + " is missing from the jar");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
