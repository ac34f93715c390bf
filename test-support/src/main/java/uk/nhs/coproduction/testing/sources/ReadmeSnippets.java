package uk.nhs.coproduction.testing.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's Java examples, read from the README itself, so a test can show that an example
 * compiles and runs as printed: its imports are among the test's imports, and its statements
 * appear in the test, line for line (leading spaces aside), in the same order.
 */
public final class ReadmeSnippets {

    /** The README, seen from a library module's folder (where its tests run). */
    private static final Path README = Path.of("..", "README.md");

    private ReadmeSnippets() {
    }

    /**
     * The README's Java blocks, each as its lines.
     *
     * @return the blocks, in the README's order
     * @throws IOException if the README cannot be read
     */
    public static List<List<String>> javaBlocks() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (current == null && line.equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.equals("```")) {
                blocks.add(current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    /**
     * Checks that the README block whose first statement starts with {@code firstStatement} is
     * shown, imports and statements, in the test source {@code testSource}.
     *
     * @param firstStatement how the block's first statement starts
     * @param testSource the test that holds the block
     * @throws IOException if the README or the test source cannot be read
     */
    public static void assertShownIn(String firstStatement, Path testSource) throws IOException {
        List<String> block = javaBlocks().stream()
                .filter(b -> b.stream().filter(l -> !l.isBlank() && !l.startsWith("import ")).findFirst()
                        .orElse("").startsWith(firstStatement))
                .findFirst().orElseThrow(() -> new AssertionError("no README block starts with " + firstStatement));
        List<String> source = Files.readAllLines(testSource, StandardCharsets.UTF_8);
        List<String> imports = block.stream().filter(l -> l.startsWith("import ")).toList();
        List<String> statements = block.stream().filter(l -> !l.isBlank() && !l.startsWith("import "))
                .map(String::strip).toList();
        List<String> sourceLines = source.stream().filter(l -> !l.isBlank()).map(String::strip).toList();

        assertThat(imports).as("the README block shows its imports").isNotEmpty();
        assertThat(source).as("the test has the README block's imports").containsAll(imports);
        assertThat(sourceLines).as("the test holds the README block's statements in order")
                .containsSubsequence(statements);
        assertThat(indexOfRun(sourceLines, statements)).as("the README block's statements, with nothing between them")
                .isNotNegative();
    }

    private static int indexOfRun(List<String> lines, List<String> run) {
        for (int i = 0; i + run.size() <= lines.size(); i++) {
            if (lines.subList(i, i + run.size()).equals(run)) {
                return i;
            }
        }
        return -1;
    }
}
