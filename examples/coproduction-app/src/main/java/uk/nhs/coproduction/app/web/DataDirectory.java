package uk.nhs.coproduction.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folder where the web app keeps what people save (the Always Events projects' file store), and
 * the only place it writes. It is created the first time something is saved, not at start-up, and
 * every file in it is named by {@link #resolve(String)}, which accepts only a plain name: never a
 * path, never {@code ..}, never a name that a link could lead outside the folder.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataDirectory {

    /** A name a file or folder in the data directory may have: letters, digits, {@code . _ -}, not starting with a dot. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /** The data directory at this path (made absolute; not created yet). */
    public static DataDirectory at(Path path) {
        return new DataDirectory(path.toAbsolutePath().normalize());
    }

    /** The folder, absolute and normalised; it may not exist yet. */
    public Path root() {
        return root;
    }

    /**
     * Why this folder cannot be used, or empty if it can: it exists but is not a folder, or is not
     * writable. A folder that does not exist yet is fine.
     */
    public Optional<String> problem() {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(root)) {
            return Optional.of(root + " exists and is not a folder");
        }
        if (!Files.isWritable(root)) {
            return Optional.of(root + " is not writable");
        }
        return Optional.empty();
    }

    /**
     * The folder, created now if it does not exist.
     *
     * @throws IOException if it cannot be created
     */
    public Path create() throws IOException {
        return Files.createDirectories(root).toRealPath();
    }

    /**
     * The path of an entry of the folder, for a name that is safe: {@link #NAME} and nothing else,
     * so an id taken from an address can never reach outside the folder. Empty for any other name.
     */
    public Optional<Path> resolve(String name) {
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        Path entry = root.resolve(name).normalize();
        if (!root.equals(entry.getParent())) {
            return Optional.empty();
        }
        if (Files.isSymbolicLink(entry)) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    @Override
    public String toString() {
        return "DataDirectory[" + root + "]";
    }
}
