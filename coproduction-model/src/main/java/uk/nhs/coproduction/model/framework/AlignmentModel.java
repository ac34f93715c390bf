package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.model.alignment.Circle;
import uk.nhs.coproduction.model.alignment.Region;
import uk.nhs.coproduction.model.internal.Copies;

/**
 * The working model of the quality-improvement Venn diagram: three circles (experience of care,
 * quality improvement, co-production) and the regions they make, as one edition words them.
 *
 * <p>The bundled edition is a reconstruction with low confidence; an organisation that uses its
 * own diagram should load its own edition.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param edition which edition this is
 * @param circles the three circles
 * @param regions the eight regions
 * @since 0.1.0
 */
@CompleteFramework
public record AlignmentModel(
        @Valid FrameworkEdition edition,
        @Size(max = 10) List<@Valid CircleDefinition> circles,
        @Size(max = 20) List<@Valid RegionDefinition> regions) implements Framework {

    /**
     * Copies the lists; rejects nulls.
     *
     * @param edition which edition this is
     * @param circles the three circles
     * @param regions the eight regions
     */
    public AlignmentModel {
        Objects.requireNonNull(edition, "edition");
        circles = Copies.list(circles, "circles");
        regions = Copies.list(regions, "regions");
    }

    /**
     * {@return the definition of {@code circle} in this edition}
     *
     * @param circle the circle to look up
     */
    public Optional<CircleDefinition> circle(Circle circle) {
        return circles.stream().filter(c -> c.circle() == circle).findFirst();
    }

    /**
     * {@return the definition of {@code region} in this edition}
     *
     * @param region the region to look up
     */
    public Optional<RegionDefinition> region(Region region) {
        return regions.stream().filter(r -> r.region() == region).findFirst();
    }
}
