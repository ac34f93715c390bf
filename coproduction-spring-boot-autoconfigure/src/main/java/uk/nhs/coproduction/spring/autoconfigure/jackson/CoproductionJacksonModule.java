package uk.nhs.coproduction.spring.autoconfigure.jackson;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import uk.nhs.coproduction.spring.autoconfigure.internal.LibraryDocuments;

/**
 * A Jackson 3 module that writes and reads the library's documents exactly as the library's own
 * JSON classes do ({@code CoproductionJson}, {@code EventJson}, {@code CatalogJson},
 * {@code SearchResultJson}, {@code WorkflowDefinition.toJson}): partnerships, framework editions,
 * health-check reports, recorded events, project snapshots, workflow definitions, catalogue
 * releases and search results (written only). A value is written as the library's text, byte for
 * byte, whatever the mapper's settings; a document is read, and refused with every problem, by the
 * library's reader.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CoproductionJacksonModule()).build();
 * String json = mapper.writeValueAsString(report); // the same text as CoproductionJson writes
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CoproductionJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module, with every document type. */
    public CoproductionJacksonModule() {
        super("uk.nhs.coproduction");
        for (LibraryDocuments.Document<?> document : LibraryDocuments.all()) {
            add(document);
        }
    }

    private <T> void add(LibraryDocuments.Document<T> document) {
        addSerializer(document.type(), new Writer<>(document));
        Function<String, LibraryDocuments.Parsed<T>> reader = document.reader();
        if (reader != null) {
            addDeserializer(document.type(), new Reader<>(document.type(), reader));
        }
    }

    /** Writes a value as the library's text. */
    private static final class Writer<T> extends ValueSerializer<T> {

        private final LibraryDocuments.Document<T> document;

        Writer(LibraryDocuments.Document<T> document) {
            this.document = document;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeRawValue(document.write(value));
        }

        @Override
        public Class<?> handledType() {
            return document.type();
        }
    }

    /** Reads a value with the library's reader. */
    private static final class Reader<T> extends ValueDeserializer<T> {

        private final Class<T> type;
        private final Function<String, LibraryDocuments.Parsed<T>> reader;

        Reader(Class<T> type, Function<String, LibraryDocuments.Parsed<T>> reader) {
            this.type = type;
            this.reader = reader;
        }

        @Override
        public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = ctxt.readTree(p).toString();
            LibraryDocuments.Parsed<T> parsed = reader.apply(text);
            if (parsed instanceof LibraryDocuments.Parsed.Read<T> read) {
                return read.value();
            }
            return ctxt.reportInputMismatch(this, "not a valid %s document: %s", type.getSimpleName(),
                    ((LibraryDocuments.Parsed.Refused<T>) parsed).problems());
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
