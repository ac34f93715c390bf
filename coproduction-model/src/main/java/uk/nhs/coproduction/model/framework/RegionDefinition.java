package uk.nhs.coproduction.model.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import uk.nhs.coproduction.model.alignment.Region;

/**
 * A region of the alignment model (one circle, an overlap, or the centre), worded as the edition
 * in use words it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param region which region this is
 * @param name the region's name
 * @param meaning what an initiative in this region is doing
 * @since 0.1.0
 */
public record RegionDefinition(
        Region region,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 1000) String meaning) {

    /**
     * Rejects nulls.
     *
     * @param region which region this is
     * @param name the region's name
     * @param meaning what an initiative in this region is doing
     */
    public RegionDefinition {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(meaning, "meaning");
    }
}
