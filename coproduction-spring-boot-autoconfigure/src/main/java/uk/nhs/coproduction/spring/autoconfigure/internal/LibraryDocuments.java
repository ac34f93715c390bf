package uk.nhs.coproduction.spring.autoconfigure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.EventFormatException;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.ImportError;
import uk.nhs.coproduction.catalog.exchange.ImportResult;
import uk.nhs.coproduction.catalog.exchange.SearchResultJson;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.search.SearchResult;
import uk.nhs.coproduction.model.json.CoproductionJson;
import uk.nhs.coproduction.model.json.DocumentType;
import uk.nhs.coproduction.model.json.JsonProblem;
import uk.nhs.coproduction.model.json.JsonResult;

/**
 * Every type the library has its own JSON for, with the library's own writer and reader. Both
 * Jackson modules (Jackson 3 for Boot 4.0, Jackson 2 for Boot 3.5) delegate to this table, so a
 * Boot mapper writes exactly the library's text and reads with the library's checks.
 */
public final class LibraryDocuments {

    /**
     * One type's JSON.
     *
     * @param <T> the type
     * @param type the type's class
     * @param writer the library's writer
     * @param reader the library's reader, or null if the library only writes this type
     */
    public record Document<T>(Class<T> type, Function<T, String> writer,
            @Nullable Function<String, Parsed<T>> reader) {

        /**
         * The library's text for {@code value}.
         *
         * @param value an instance of {@link #type()}
         * @return the library's JSON for it
         */
        public String write(Object value) {
            return writer.apply(type.cast(value));
        }
    }

    /**
     * What reading a document gave.
     *
     * @param <T> the type read
     */
    public sealed interface Parsed<T> permits Parsed.Read, Parsed.Refused {

        /**
         * The document was read.
         *
         * @param <T> the type read
         * @param value the value
         */
        record Read<T>(T value) implements Parsed<T> {
        }

        /**
         * The document was refused.
         *
         * @param <T> the type that was to be read
         * @param problems every problem, each naming its field (never a value)
         */
        record Refused<T>(String problems) implements Parsed<T> {
        }
    }

    private static final List<Document<?>> ALL = build();

    private LibraryDocuments() {
    }

    /** @return every type the library writes, each once */
    public static List<Document<?>> all() {
        return ALL;
    }

    private static List<Document<?>> build() {
        List<Document<?>> all = new ArrayList<>();
        CoproductionJson json = CoproductionJson.standard();
        for (DocumentType<?> type : DocumentType.values()) {
            all.add(model(json, type));
        }
        all.add(new Document<>(RecordedEvent.class, EventJson::write, text -> event(EventJson::read, text)));
        all.add(new Document<>(AlwaysEventProject.class, EventJson::writeSnapshot,
                text -> event(EventJson::readSnapshot, text)));
        all.add(new Document<>(WorkflowDefinition.class, WorkflowDefinition::toJson, LibraryDocuments::workflow));
        all.add(new Document<>(CatalogRelease.class, CatalogJson::write, LibraryDocuments::catalogue));
        all.add(new Document<>(SearchResult.class, result -> SearchResultJson.write(result, VocabulariesJson.bundled()),
                null));
        return List.copyOf(all);
    }

    private static <T> Document<T> model(CoproductionJson json, DocumentType<T> type) {
        return new Document<>(type.valueType(), value -> json.write(type, value), text -> {
            JsonResult<T> read = json.read(type, text);
            if (read instanceof JsonResult.Refused<T> refused) {
                return new Parsed.Refused<>(refused.problems().stream().map(JsonProblem::describe)
                        .collect(Collectors.joining("; ")));
            }
            return new Parsed.Read<>(read.orElseThrow());
        });
    }

    private static <T> Parsed<T> event(Function<String, T> reader, String text) {
        try {
            return new Parsed.Read<>(Objects.requireNonNull(reader.apply(text)));
        } catch (EventFormatException e) {
            return new Parsed.Refused<>(String.valueOf(e.getMessage()));
        }
    }

    private static Parsed<WorkflowDefinition> workflow(String text) {
        try {
            return new Parsed.Read<>(WorkflowDefinition.fromJson(text));
        } catch (IllegalArgumentException e) {
            return new Parsed.Refused<>(String.valueOf(e.getMessage()));
        }
    }

    private static Parsed<CatalogRelease> catalogue(String text) {
        ImportResult<CatalogRelease> read = CatalogJson.read(text, VocabulariesJson.bundled());
        if (read instanceof ImportResult.Refused<CatalogRelease> refused) {
            return new Parsed.Refused<>(refused.problems().stream().map(ImportError::toString)
                    .collect(Collectors.joining("; ")));
        }
        return new Parsed.Read<>(read.orElseThrow());
    }
}
