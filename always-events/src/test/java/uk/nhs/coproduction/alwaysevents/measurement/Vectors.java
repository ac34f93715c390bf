package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the reference vectors (JSON lines) and compares numbers the way the vectors write them. */
final class Vectors {

    /** Relative tolerance for centres and limits, as the issue asks. */
    static final double RELATIVE = 1e-9;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Vectors() {
    }

    /** The lines of a vector file in the test resources, as (id, line) arguments. */
    static Stream<Arguments> resource(String file, Predicate<JsonNode> keep) {
        try (InputStream in = Vectors.class.getResourceAsStream("/spc-vectors/" + file)) {
            assertThat(in).as("test resource spc-vectors/%s", file).isNotNull();
            return lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), keep);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a vector file on disk. */
    static Stream<Arguments> file(Path path, Predicate<JsonNode> keep) {
        try {
            return lines(Files.readAllLines(path, StandardCharsets.UTF_8), keep);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Arguments> lines(List<String> lines, Predicate<JsonNode> keep) {
        List<Arguments> arguments = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = MAPPER.readTree(line);
            if (keep.test(node)) {
                arguments.add(Arguments.of(node.has("id") ? node.get("id").asString() : "?", node));
            }
        }
        return arguments.stream();
    }

    /** A number as the vectors write it: null for NA, "NaN"/"Inf"/"-Inf" for IEEE specials. */
    static double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        if (node.isString()) {
            return switch (node.asString()) {
                case "NaN" -> Double.NaN;
                case "Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> throw new IllegalArgumentException("not a number: " + node);
            };
        }
        return node.doubleValue();
    }

    /** Whether a vector's number means "no value" (NA or NaN). */
    static boolean absent(JsonNode node) {
        return Double.isNaN(number(node));
    }

    /** Asserts that an expected vector number matches ours: absent for absent, else within 1e-9 relative. */
    static void assertNumber(String what, JsonNode expected, OptionalDouble actual) {
        double e = number(expected);
        if (Double.isNaN(e)) {
            assertThat(actual).as(what + " (expected NA)").isEmpty();
            return;
        }
        assertThat(actual).as(what + " (expected " + e + ")").isPresent();
        assertClose(what, e, actual.getAsDouble());
    }

    static void assertClose(String what, double expected, double actual) {
        double tolerance = RELATIVE * Math.max(Math.abs(expected), Math.abs(actual)) + 1e-15;
        assertThat(Math.abs(expected - actual)).as("%s: expected %s, got %s", what, expected, actual)
                .isLessThanOrEqualTo(tolerance);
    }

    /** A limit of a point, or empty. */
    static OptionalDouble limit(ChartPoint point, java.util.function.ToDoubleFunction<ControlLimits> which) {
        Optional<ControlLimits> limits = point.limits();
        return limits.isPresent() ? OptionalDouble.of(which.applyAsDouble(limits.get())) : OptionalDouble.empty();
    }

    static OptionalDouble limit(Optional<ControlLimits> limits, java.util.function.ToDoubleFunction<ControlLimits> which) {
        return limits.isPresent() ? OptionalDouble.of(which.applyAsDouble(limits.get())) : OptionalDouble.empty();
    }

    /** A period label from a vector's x: numbers as integers, dates as given. */
    static String period(JsonNode x) {
        if (x.isNumber()) {
            double v = x.doubleValue();
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
        return x.asString();
    }
}
