/**
 * The auto-configuration's implementation: the observed store, loading the configured files, the
 * table of the library's JSON documents that both Jackson modules delegate to. Not API.
 */
@NullMarked
package uk.nhs.coproduction.spring.autoconfigure.internal;

import org.jspecify.annotations.NullMarked;
