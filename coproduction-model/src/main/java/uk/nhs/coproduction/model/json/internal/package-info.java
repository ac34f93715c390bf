/**
 * The JSON mapping of each document. Not an API: not exported.
 */
@NullMarked
package uk.nhs.coproduction.model.json.internal;

import org.jspecify.annotations.NullMarked;
