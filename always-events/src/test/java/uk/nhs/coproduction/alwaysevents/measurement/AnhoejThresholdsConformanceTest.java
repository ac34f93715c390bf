package uk.nhs.coproduction.alwaysevents.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The Anhøj thresholds computed in Java (round(log2 n) + 3 and the binomial 5 % quantile) against
 * qicharts2's table for 1 to 1,000 useful observations.
 */
class AnhoejThresholdsConformanceTest {

    static Stream<Arguments> lines() {
        return Vectors.resource("anhoej_thresholds.jsonl", line -> true)
                .map(arguments -> Arguments.of(((JsonNode) arguments.get()[1]).get("n.useful").asInt(), arguments.get()[1]));
    }

    @ParameterizedTest(name = "n.useful = {0}")
    @MethodSource("lines")
    void thresholdsMatchQicharts2(int useful, JsonNode line) {
        assertThat(RuleSet.Anhoej.longestRunMax(useful)).as("longest.run.max")
                .isEqualTo((int) Math.round(line.get("longest.run.max").doubleValue()));
        assertThat(RuleSet.Anhoej.crossingsMin(useful)).as("n.crossings.min")
                .isEqualTo((int) Math.round(line.get("n.crossings.min").doubleValue()));
    }
}
