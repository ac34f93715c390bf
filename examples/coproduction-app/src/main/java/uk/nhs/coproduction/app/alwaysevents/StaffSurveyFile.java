package uk.nhs.coproduction.app.alwaysevents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.goals.StaffSurveyResults;
import uk.nhs.coproduction.alwaysevents.goals.SurveyImport;

/**
 * The NHS Staff Survey results imported into a data directory: one file, {@value #NAME}, holding
 * the results as CSV with when they were imported and from which file. It is replaced in one atomic
 * step, so a failed or refused import leaves the results before it in place.
 */
public final class StaffSurveyFile {

    /** The file's name in the data directory. */
    public static final String NAME = "staff-survey-results.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int MAX_SOURCE = 100;

    private StaffSurveyFile() {
    }

    /**
     * The results as imported.
     *
     * @param results the results
     * @param importedAt when they were imported
     * @param source the name of the file they were imported from (its last part only)
     */
    public record Stored(StaffSurveyResults results, Instant importedAt, String source) {
        /** Checks the components. */
        public Stored {
            Objects.requireNonNull(results, "results");
            Objects.requireNonNull(importedAt, "importedAt");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The results imported into {@code data}, or empty if none have been.
     *
     * @throws IOException if the file cannot be read or is not what this app wrote
     */
    public static Optional<Stored> read(Path data) throws IOException {
        Path file = data.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            SurveyImport<StaffSurveyResults> results = StaffSurveyResults.parse(node.path("csv").asString(""));
            if (!results.isAccepted()) {
                throw new IOException(file + ": the stored results cannot be read: " + results.problems().get(0).describe());
            }
            return Optional.of(new Stored(results.orElseThrow(), Instant.parse(node.path("importedAt").asString("")),
                    node.path("source").asString("")));
        } catch (JacksonException | DateTimeParseException e) {
            throw new IOException(file + ": not a staff survey results file written by this app", e);
        }
    }

    /**
     * Replaces the results in {@code data} (created if needed) in one atomic step.
     *
     * @param data the data directory
     * @param results the results
     * @param source the name of the file they came from; only its last part is kept, and characters
     *     other than letters, digits, spaces and {@code . _ -} become {@code _}
     * @param at when
     * @return what was stored
     * @throws IOException if the file cannot be written; the results before it are then kept
     */
    public static Stored write(Path data, StaffSurveyResults results, String source, Instant at) throws IOException {
        Files.createDirectories(data);
        String name = Path.of(source.isBlank() ? "upload.csv" : source.replace('\\', '/')).getFileName().toString();
        name = name.replaceAll("[^A-Za-z0-9 ._-]", "_");
        if (name.length() > MAX_SOURCE) {
            name = name.substring(0, MAX_SOURCE);
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("importedAt", at.toString());
        node.put("source", name);
        node.put("csv", results.toCsv());
        Path temporary = Files.createTempFile(data, ".staff-survey-", ".tmp");
        try {
            Files.writeString(temporary, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node),
                    StandardCharsets.UTF_8);
            try {
                Files.move(temporary, data.resolve(NAME), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, data.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Stored(results, at, name);
    }
}
