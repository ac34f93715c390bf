package uk.nhs.coproduction.model.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import uk.nhs.coproduction.model.ladder.LadderRung;

/**
 * A rung of the ladder of participation, worded as the edition in use words it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rung which rung this is
 * @param name the rung's name, such as "Co-designing"
 * @param meaning what the rung means for the people involved
 * @since 0.1.0
 */
public record RungDefinition(
        LadderRung rung,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 1000) String meaning) {

    /**
     * Rejects nulls.
     *
     * @param rung which rung this is
     * @param name the rung's name, such as "Co-designing"
     * @param meaning what the rung means for the people involved
     */
    public RungDefinition {
        Objects.requireNonNull(rung, "rung");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(meaning, "meaning");
    }
}
