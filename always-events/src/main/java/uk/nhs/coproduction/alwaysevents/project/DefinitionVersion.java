package uk.nhs.coproduction.alwaysevents.project;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which workflow definition decided an event: its id, its version, and the fingerprint of its
 * content (phases, transitions, guards with their parameters, and wording). Two definitions with
 * the same fingerprint decide every command the same way, as long as the guards' code is the same.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the definition's id, such as {@code always-events-standard}
 * @param version the definition's version, such as {@code 2026.1}
 * @param fingerprint the first 16 hexadecimal digits of the SHA-256 of its canonical form
 * @since 0.1.0
 */
public record DefinitionVersion(String id, String version, String fingerprint) {

    // Compiled once: String.matches compiles its pattern on every call, on every event read.
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

    /**
     * Checks the components.
     *
     * @param id the definition's id, such as {@code always-events-standard}
     * @param version the definition's version, such as {@code 2026.1}
     * @param fingerprint the first 16 hexadecimal digits of the SHA-256 of its canonical form
     */
    public DefinitionVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (id.isBlank() || version.isBlank() || !FINGERPRINT.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("a definition version needs an id, a version and a 16-digit hexadecimal fingerprint");
        }
    }

    /** Reads like "always-events-standard 2026.1 (3f2a…)". */
    @Override
    public String toString() {
        return id + " " + version + " (" + fingerprint + ")";
    }
}
