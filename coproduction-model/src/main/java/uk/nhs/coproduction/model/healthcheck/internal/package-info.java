/**
 * The health check's rules and ladder reasoning. Not an API: not exported.
 */
@NullMarked
package uk.nhs.coproduction.model.healthcheck.internal;

import org.jspecify.annotations.NullMarked;
