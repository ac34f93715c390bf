package uk.nhs.coproduction.model.json.internal;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.model.framework.Confidence;
import uk.nhs.coproduction.model.framework.ConfidenceLevel;
import uk.nhs.coproduction.model.framework.EditionDate;
import uk.nhs.coproduction.model.framework.FrameworkEdition;
import uk.nhs.coproduction.model.framework.Source;

/** The JSON mapping of a framework edition's header and of confidence notes, shared by every framework. */
final class EditionCodec {

    private EditionCodec() {
    }

    static @Nullable FrameworkEdition read(Fields f) {
        String title = f.text("title");
        String publisher = f.text("publisher");
        String edition = f.text("edition");
        String dateText = f.optionalText("date");
        EditionDate date = dateText == null ? null : f.build("date", () -> EditionDate.parse(dateText));
        List<Source> sources = f.objects("sources", true, EditionCodec::source);
        Confidence confidence = f.object("confidence", true, EditionCodec::confidence);
        if (title == null || publisher == null || edition == null || (dateText != null && date == null) || sources == null
                || confidence == null) {
            return null;
        }
        return f.build(() -> new FrameworkEdition(title, publisher, edition, date, sources, confidence));
    }

    private static @Nullable Source source(Fields f) {
        String title = f.text("title");
        String publisher = f.text("publisher");
        URI url = f.optionalUri("url");
        if (title == null || publisher == null || (f.has("url") && url == null)) {
            return null;
        }
        return f.build(() -> new Source(title, publisher, url));
    }

    static @Nullable Confidence confidence(Fields f) {
        ConfidenceLevel level = f.enumValue("level", ConfidenceLevel.class);
        String note = f.text("note");
        if (level == null || note == null) {
            return null;
        }
        return f.build(() -> new Confidence(level, note));
    }

    /** An item's optional confidence: null if absent, or if present but wrong (a problem is then reported). */
    static @Nullable Confidence itemConfidence(Fields f) {
        return f.object("confidence", false, EditionCodec::confidence);
    }

    /** Whether an item's confidence was present but could not be read. */
    static boolean badConfidence(Fields f, @Nullable Confidence confidence) {
        return f.has("confidence") && confidence == null;
    }

    static void write(FrameworkEdition edition, ObjectNode node) {
        node.put("title", edition.title());
        node.put("publisher", edition.publisher());
        node.put("edition", edition.edition());
        Write.text(node, "date", edition.date());
        ArrayNode sources = node.putArray("sources");
        for (Source source : edition.sources()) {
            ObjectNode s = sources.addObject();
            s.put("title", source.title());
            s.put("publisher", source.publisher());
            Write.text(s, "url", source.url());
        }
        writeConfidence(edition.confidence(), node.putObject("confidence"));
    }

    static void writeConfidence(Confidence confidence, ObjectNode node) {
        node.put("level", confidence.level().name());
        node.put("note", confidence.note());
    }

    static void writeOptionalConfidence(@Nullable Confidence confidence, ObjectNode node) {
        if (confidence != null) {
            writeConfidence(confidence, node.putObject("confidence"));
        }
    }
}
