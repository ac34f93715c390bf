/**
 * The service through which the JSON layer provides the bundled framework editions, and the
 * validator of {@link uk.nhs.coproduction.model.framework.CompleteFramework}. Not an API: not
 * exported, only opened to Hibernate Validator, which instantiates the validator.
 */
@NullMarked
package uk.nhs.coproduction.model.framework.internal;

import org.jspecify.annotations.NullMarked;
