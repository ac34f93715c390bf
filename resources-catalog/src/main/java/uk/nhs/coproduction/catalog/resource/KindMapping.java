package uk.nhs.coproduction.catalog.resource;

/**
 * How a {@link Kind} maps to the outside standards, from the {@link Vocabularies} data: the
 * schema.org type used beside {@code LearningResource}, the LRMI learning resource type and the
 * DCMI type.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param schemaType a schema.org type such as {@code DigitalDocument} or {@code VideoObject}
 * @param learningResourceType the LRMI {@code learningResourceType} text
 * @param dcmiType a DCMI type such as {@code Text} or {@code MovingImage}
 * @since 0.1.0
 */
public record KindMapping(String schemaType, String learningResourceType, String dcmiType) {
}
