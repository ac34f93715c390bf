package uk.nhs.coproduction.catalog.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import uk.nhs.coproduction.catalog.exchange.internal.CatalogJsonCodec;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * The catalogue's own JSON form, described by the JSON Schema {@link #schema()}: an object with
 * {@code catalogue} (namespace, title, version…), {@code resources} (each with the
 * {@linkplain uk.nhs.coproduction.catalog.resource.ResourceField field names}) and
 * {@code changelog}. Unknown values are left out rather than written as null; empty lists are
 * left out. Reading what was written gives back an equal {@link CatalogRelease}.
 *
 * <p>The bundled national catalogue is stored in this form and read by {@link #national()}.
 *
 * @since 0.1.0
 */
public final class CatalogJson {

    private static final String SCHEMA = "catalog.schema.json";
    private static final String NATIONAL = "national-catalogue.json";

    private CatalogJson() {
    }

    /**
     * {@return the national catalogue of co-production resources bundled with this library: the
     * resources NHS England's co-production pages name and the sources they signpost, as facts only
     * (no address, date or size that the sources do not give). It is read once, on first use, with
     * the {@linkplain VocabulariesJson#bundled() bundled vocabularies}}
     */
    public static CatalogRelease national() {
        return NationalHolder.INSTANCE;
    }

    /**
     * {@return the release as pretty-printed JSON, never null}
     *
     * @param release the release to write
     */
    public static String write(CatalogRelease release) {
        return CatalogJsonCodec.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(CatalogJsonCodec.write(release));
    }

    /**
     * Reads a release, checking every resource against the resource rules and the topics in
     * {@code vocabularies}. Ids and slugs must be unique and ids in the catalogue's namespace.
     *
     * @param json the JSON text
     * @param vocabularies the vocabularies whose topics the resources may use
     * @return the release, or every error with its line and field
     */
    public static ImportResult<CatalogRelease> read(String json, Vocabularies vocabularies) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), vocabularies);
    }

    /**
     * Reads a release from UTF-8 JSON. A file that is not JSON at all is rejected with the line and
     * column of the syntax error.
     *
     * @param json the JSON bytes; not closed
     * @param vocabularies the vocabularies whose topics the resources may use
     * @return the release, or every error with its line and field
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ImportResult<CatalogRelease> read(InputStream json, Vocabularies vocabularies) {
        JsonNode root;
        try {
            root = CatalogJsonCodec.MAPPER.readTree(json);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            var location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            return new ImportResult.Refused<>(java.util.List.of(new ImportError(line, "(JSON syntax)",
                    "not valid JSON at line " + line + ", column " + column + ": " + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode()) {
            return new ImportResult.Refused<>(java.util.List.of(new ImportError(0, "(document)", "the file is empty")));
        }
        return CatalogJsonCodec.read(root, vocabularies);
    }

    /** {@return the JSON Schema (draft 2020-12) of this form, never null} */
    public static String schema() {
        try (InputStream in = CatalogJson.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class NationalHolder {
        static final CatalogRelease INSTANCE = load();

        private static CatalogRelease load() {
            try (InputStream in = CatalogJson.class.getResourceAsStream(NATIONAL)) {
                if (in == null) {
                    throw new IllegalStateException("bundled " + NATIONAL + " is missing from the jar");
                }
                ImportResult<CatalogRelease> result = read(in, VocabulariesJson.bundled());
                if (result instanceof ImportResult.Accepted<CatalogRelease> accepted) {
                    return accepted.value();
                }
                throw new IllegalStateException("bundled " + NATIONAL + " is not valid: " + result.problems());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
