package uk.nhs.coproduction.catalog.resource;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stable identifier of a resource: {@code namespace:local}, for example
 * {@code nhse:coproduction-introduction}.
 *
 * <p>The namespace names the catalogue that owns the resource ({@code nhse} for the national
 * catalogue; a local catalogue picks its own). An id never changes and is never reused: when a
 * resource goes away it stays in the catalogue as a withdrawn tombstone. The
 * {@linkplain Resource#slug() slug} is the changeable, human-friendly part of a web address.
 *
 * <p>Both parts are lower-case ASCII letters, digits and hyphens; the namespace starts with a
 * letter and has at most {@value #MAX_NAMESPACE_LENGTH} characters, the local part at most
 * {@value #MAX_LOCAL_LENGTH}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param namespace the owning catalogue's namespace, never null
 * @param local the id within the namespace, never null
 * @since 0.1.0
 */
public record ResourceId(String namespace, String local) implements Comparable<ResourceId> {

    /** Longest namespace accepted. */
    public static final int MAX_NAMESPACE_LENGTH = 32;
    /** Longest local part accepted. */
    public static final int MAX_LOCAL_LENGTH = 100;

    private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9-]{0," + (MAX_NAMESPACE_LENGTH - 1) + "}");
    private static final Pattern LOCAL = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_LOCAL_LENGTH - 1) + "}");

    /**
     * Checks both parts.
     *
     * @param namespace the owning catalogue's namespace, never null
     * @param local the id within the namespace, never null
     * @throws IllegalArgumentException if a part is not lower-case letters, digits and hyphens
     */
    public ResourceId {
        if (!isNamespace(namespace)) {
            throw new IllegalArgumentException("namespace must be 1-" + MAX_NAMESPACE_LENGTH
                    + " lower-case letters, digits or hyphens starting with a letter, was '" + namespace + "'");
        }
        if (!LOCAL.matcher(local).matches()) {
            throw new IllegalArgumentException("local id must be 1-" + MAX_LOCAL_LENGTH
                    + " lower-case letters, digits or hyphens, was '" + local + "'");
        }
    }

    /**
     * {@return the id {@code namespace:local}}
     *
     * @param namespace the owning catalogue's namespace, never null
     * @param local the id within the namespace, never null
     */
    public static ResourceId of(String namespace, String local) {
        return new ResourceId(namespace, local);
    }

    /**
     * Reads {@code namespace:local}.
     *
     * @param text the text to read
     * @return the id
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static ResourceId parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a resource id is namespace:local (e.g. nhse:pdsa-guide), was '"
                    + text + "'");
        }
        return new ResourceId(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * Reads {@code namespace:local}, or empty if the text is not a valid id.
     *
     * @param text the text to read
     * @return the id, or empty if the text is not a valid id
     */
    public static Optional<ResourceId> tryParse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || !isNamespace(text.substring(0, colon))
                || !LOCAL.matcher(text.substring(colon + 1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ResourceId(text.substring(0, colon), text.substring(colon + 1)));
    }

    /**
     * {@return whether the text is a valid namespace}
     *
     * @param text the text to check
     */
    public static boolean isNamespace(String text) {
        return NAMESPACE.matcher(text).matches();
    }

    /**
     * {@return whether this id belongs to the given namespace}
     *
     * @param otherNamespace the namespace
     */
    public boolean isIn(String otherNamespace) {
        return namespace.equals(otherNamespace);
    }

    @Override
    public int compareTo(ResourceId other) {
        int byNamespace = namespace.compareTo(other.namespace);
        return byNamespace != 0 ? byNamespace : local.compareTo(other.local);
    }

    /** The id as {@code namespace:local}. */
    @Override
    public String toString() {
        return namespace + ":" + local;
    }
}
