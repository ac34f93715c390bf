/**
 * The JSON mapping of each document, and the loading of the framework editions bundled in this
 * package's resources (the provider behind {@code Frameworks.bundled()}). Not an API: not exported.
 */
@NullMarked
package uk.nhs.coproduction.model.json.internal;

import org.jspecify.annotations.NullMarked;
