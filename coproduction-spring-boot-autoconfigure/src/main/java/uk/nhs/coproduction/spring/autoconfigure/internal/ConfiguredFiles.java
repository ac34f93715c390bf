package uk.nhs.coproduction.spring.autoconfigure.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.catalog.Catalog;
import uk.nhs.coproduction.catalog.exchange.CatalogFile;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.ImportError;
import uk.nhs.coproduction.catalog.exchange.ImportResult;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.federation.Overlay;
import uk.nhs.coproduction.catalog.release.CatalogRelease;

/**
 * Reading the files the properties name, with the same library calls as the command line and the
 * web app: a local catalogue with {@link CatalogFile} (JSON or CSV), a workflow definition
 * with {@link WorkflowDefinition#fromJson(String)}. A file that cannot be used stops the
 * application with every problem in it, each naming the file and the row or field.
 */
public final class ConfiguredFiles {

    private ConfiguredFiles() {
    }

    /**
     * The workflow definition in {@code file}, or the standard one.
     *
     * @param file the definition file, or null
     * @return the definition
     * @throws IllegalStateException naming the file and the field if it cannot be read
     */
    public static WorkflowDefinition workflow(@Nullable Path file) {
        if (file == null) {
            return WorkflowDefinition.standard();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StartupRefusal("coproduction.workflow.definition: cannot read " + file + " (" + e + ")",
                    "Name a readable workflow definition file, or leave the property out for the standard definition", e);
        }
        try {
            return WorkflowDefinition.fromJson(text);
        } catch (IllegalArgumentException e) {
            throw new StartupRefusal("coproduction.workflow.definition: " + file + " is not a workflow definition: "
                    + e.getMessage(), "Correct the file; WorkflowDefinition.standard().toJson() writes a template", e);
        }
    }

    /**
     * The national catalogue, with the local catalogue in {@code overlay} merged over it (or, if the
     * file has the national catalogue's own namespace, in its place).
     *
     * @param overlay the local catalogue file, or null
     * @return the catalogue
     * @throws IllegalStateException naming the file and every problem in it if it cannot be used
     */
    public static Catalog catalog(@Nullable Path overlay) {
        Catalog catalog = Catalog.national();
        if (overlay == null) {
            return catalog;
        }
        ImportResult<CatalogRelease> read;
        try {
            read = CatalogFile.read(overlay, VocabulariesJson.bundled());
        } catch (IOException | UncheckedIOException e) {
            throw new StartupRefusal("coproduction.catalog.overlay: cannot read " + overlay + " (" + e + ")",
                    "Name a readable catalogue file (JSON, or CSV ending in .csv), or leave the property out", e);
        }
        if (read instanceof ImportResult.Refused<CatalogRelease> refused) {
            throw new StartupRefusal("coproduction.catalog.overlay: " + overlay + " was not loaded, "
                    + describe(refused.problems()), "Correct each row and column named; nothing was loaded", null);
        }
        CatalogRelease local = read.orElseThrow();
        if (local.info().namespace().equals(CatalogJson.national().info().namespace())) {
            catalog.replaceBase(local);
        } else {
            catalog.putOverlay(new Overlay(local.info(), local.resources(), Set.of(), List.of()));
        }
        return catalog;
    }

    private static String describe(List<ImportError> problems) {
        return (problems.size() == 1 ? "1 problem: " : problems.size() + " problems: ")
                + problems.stream().map(ImportError::toString).collect(Collectors.joining("; "));
    }
}
