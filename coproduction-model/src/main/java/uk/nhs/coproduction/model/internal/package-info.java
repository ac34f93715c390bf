/**
 * Small helpers shared by the domain packages: immutable copies of collections, and violations at
 * a property path for their constraint validators. Not an API: not exported.
 */
@NullMarked
package uk.nhs.coproduction.model.internal;

import org.jspecify.annotations.NullMarked;
