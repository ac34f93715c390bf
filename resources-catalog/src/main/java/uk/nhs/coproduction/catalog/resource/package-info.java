/**
 * What the catalogue describes: a {@link uk.nhs.coproduction.catalog.resource.Resource} (the work)
 * with its stable {@link uk.nhs.coproduction.catalog.resource.ResourceId}, its
 * {@link uk.nhs.coproduction.catalog.resource.Format}s, linked
 * {@link uk.nhs.coproduction.catalog.resource.Alternative}s (Easy Read, BSL, large print,
 * translations), toolkit membership and lifecycle, and the controlled vocabularies (kinds,
 * audiences, topics, accessibility features) whose wording is versioned data
 * ({@link uk.nhs.coproduction.catalog.resource.Vocabularies}), and the notes local catalogues add
 * to resources ({@link uk.nhs.coproduction.catalog.resource.Annotation}).
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.catalog.resource;

import org.jspecify.annotations.NullMarked;
