package uk.nhs.coproduction.testing.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which public types, packages and the module of a module's API do not say in their Javadoc which
 * release added them ({@code @since}), as the README's versioning policy promises. Javadoc's
 * doclint does not check it, so this reads the sources; {@code internal} packages are not API.
 */
public final class SinceTags {

    /** A type declaration; group 1 holds its modifiers. */
    private static final Pattern TYPE = Pattern.compile(
            "^([ \\t]*(?:(?:public|protected|private|static|final|sealed|non-sealed|abstract|strictfp)\\s+)*)"
                    + "(?:class|interface|enum|record|@interface)\\s+(\\w+)",
            Pattern.MULTILINE);
    /** A top-level interface, whose nested types are public without saying so. */
    private static final Pattern TOP_LEVEL_INTERFACE = Pattern.compile(
            "^public\\s+(?:sealed\\s+|non-sealed\\s+)?(?:interface|@interface)\\s", Pattern.MULTILINE);

    /**
     * What was read, and what lacks {@code @since}.
     *
     * @param checked how many types, packages and modules were checked
     * @param missing each file (and type) without {@code @since}, relative to the sources
     */
    public record Report(int checked, List<String> missing) {
    }

    private SinceTags() {
    }

    /**
     * Reads every API source under {@code sources}.
     *
     * @param sources a module's {@code src/main/java}
     * @return what was checked and what lacks {@code @since}
     * @throws IOException if a source cannot be read
     */
    public static Report check(Path sources) throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = sources.relativize(file);
                boolean internal = false;
                for (Path element : relative) {
                    internal |= element.toString().equals("internal");
                }
                if (internal) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString();
                if (name.equals("package-info.java") || name.equals("module-info.java")) {
                    checked++;
                    if (!text.contains("@since")) {
                        missing.add(relative.toString());
                    }
                    continue;
                }
                boolean inInterface = TOP_LEVEL_INTERFACE.matcher(text).find();
                Matcher type = TYPE.matcher(text);
                while (type.find()) {
                    String modifiers = type.group(1);
                    boolean topLevel = !modifiers.startsWith(" ") && !modifiers.startsWith("\\t");
                    boolean api = modifiers.contains("public")
                            || (!topLevel && inInterface && !modifiers.contains("private"));
                    if (!api) {
                        continue;
                    }
                    checked++;
                    if (!javadocBefore(text, type.start()).contains("@since")) {
                        missing.add(relative + ": " + type.group(2));
                    }
                }
            }
        }
        return new Report(checked, List.copyOf(missing));
    }

    /** The Javadoc comment that ends just before {@code position}, annotations and line comments aside. */
    private static String javadocBefore(String text, int position) {
        int end = text.lastIndexOf("*/", position);
        int start = end < 0 ? -1 : text.lastIndexOf("/**", end);
        if (start < 0) {
            return "";
        }
        String between = text.substring(end + 2, position);
        for (String line : between.split("\\n")) {
            String trimmed = line.strip();
            if (!(trimmed.isEmpty() || trimmed.startsWith("@") || trimmed.startsWith("//") || trimmed.startsWith(")"))) {
                return "";
            }
        }
        return text.substring(start, end);
    }
}
