/**
 * Loading of the bundled framework editions. Not an API: not exported.
 */
@NullMarked
package uk.nhs.coproduction.model.framework.internal;

import org.jspecify.annotations.NullMarked;
