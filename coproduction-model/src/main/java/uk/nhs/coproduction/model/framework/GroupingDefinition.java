package uk.nhs.coproduction.model.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import uk.nhs.coproduction.model.ladder.Grouping;

/**
 * A group of rungs of the ladder of participation, worded as the edition in use words it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param grouping which group this is
 * @param name the group's name, such as "Doing with"
 * @since 0.1.0
 */
public record GroupingDefinition(Grouping grouping, @NotBlank @Size(max = 100) String name) {

    /**
     * Rejects nulls.
     *
     * @param grouping which group this is
     * @param name the group's name, such as "Doing with"
     */
    public GroupingDefinition {
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(name, "name");
    }
}
