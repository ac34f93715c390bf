package uk.nhs.coproduction.app.web.server;

import java.util.Map;

/**
 * A submitted form: its text fields and its files (multipart forms only).
 *
 * @param fields the text fields, never null
 * @param files the files by field name, never null (an empty file field gives an empty upload)
 */
public record Form(Parameters fields, Map<String, Upload> files) {

    /** Copies the map. */
    public Form {
        files = Map.copyOf(files);
    }

    /** The upload in a file field, or an empty one if the field is absent. */
    public Upload file(String name) {
        return files.getOrDefault(name, new Upload("", new byte[0]));
    }
}
