package uk.nhs.coproduction.spring.autoconfigure.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.spring.autoconfigure.internal.LibraryDocuments;

/**
 * A Jackson 2 module that writes and reads the library's documents exactly as the library's own
 * JSON classes do, for Jackson 2 mappers such as Spring Boot 3.5's {@code ObjectMapper}: each value
 * is written as the library's text, byte for byte, and each document is read, and refused with
 * every problem, by the library's reader. The same types as
 * {@code uk.nhs.coproduction.spring.autoconfigure.jackson.CoproductionJacksonModule}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CoproductionJackson2Module());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CoproductionJackson2Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module, with every document type. */
    public CoproductionJackson2Module() {
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
    private static final class Writer<T> extends JsonSerializer<T> {

        private final LibraryDocuments.Document<T> document;

        Writer(LibraryDocuments.Document<T> document) {
            this.document = document;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeRawValue(document.write(value));
        }

        @Override
        public Class<T> handledType() {
            return document.type();
        }
    }

    /** Reads a value with the library's reader. */
    private static final class Reader<T> extends JsonDeserializer<T> {

        private final Class<T> type;
        private final Function<String, LibraryDocuments.Parsed<T>> reader;

        Reader(Class<T> type, Function<String, LibraryDocuments.Parsed<T>> reader) {
            this.type = type;
            this.reader = reader;
        }

        @Override
        public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
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
