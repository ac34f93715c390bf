/**
 * The co-production health check: executable rules for the three marks of good co-production
 * and for the Co-Production Model's values and steps where the facts can show them. It returns
 * findings (rule, severity, plain-English explanation, evidence) and the rung of the ladder of
 * participation that the facts support, with the reason.
 *
 * <p>The check is deterministic and pure: the same partnership always gives the same report, and
 * nothing is read from the clock, the file system or the network.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.model.healthcheck;

import org.jspecify.annotations.NullMarked;
